"""Qt views: they show what the controller hands them and emit what the user intends."""
