"""The lessons panel and its interactive demos."""
from .book import BookSamplerDemo
from .claims_view import ClaimsView
from .dinner import DinnerDaysDemo
from .memory_demos import DistanceDemo, UnsquashedMemoryDemo
from .panel import LessonsPanel
from .squashing import RepeatedVotesDemo, SquashingDemo
from .valves import ValvesDemo

__all__ = ["BookSamplerDemo", "ClaimsView", "DinnerDaysDemo", "DistanceDemo", "LessonsPanel", "RepeatedVotesDemo",
           "SquashingDemo", "UnsquashedMemoryDemo", "ValvesDemo"]
