"""The seven lessons' steps, told in our own words after Brandon Rohrer's lesson
"How recurrent neural networks and LSTM work". Each string is one paragraph."""
from __future__ import annotations

from . import Highlight as H, Lesson, LessonStep as Step


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 (lupdate's marker)
    return text


WALK = "Jane saw Spot. Doug saw"
BOOK_TEXT = "Doug saw Jane. Jane saw Spot. Spot saw"
#: The dinner-days demo starts with you away on days 3, 5 and 6.
AWAY_DAYS = (False, False, True, False, True, True, False, False, False, False)
DINNER_TEXT = "pizza sushi ? pizza ? ? pizza sushi waffles pizza"

DINNER = Lesson("dinner", 1, QT_TRANSLATE_NOOP("lessons", "Dinner"), (
    Step(QT_TRANSLATE_NOOP("lessons", "What's for dinner?"), (
        QT_TRANSLATE_NOOP("lessons", "Your roommate cooks every evening, and it is always one of three "
                                     "dishes: pizza, sushi or waffles. You would like to know tonight's "
                                     "dish before you get home."),
        QT_TRANSLATE_NOOP("lessons", "The obvious clues — the day of the week, the month, whether your "
                                     "roommate had a late meeting — are no help: a network trained on them "
                                     "guesses about as well as rolling a three-sided die."),
    ), preset="dinner", claims=("weekday-useless",)),
    Step(QT_TRANSLATE_NOOP("lessons", "The cycle"), (
        QT_TRANSLATE_NOOP("lessons", "Look at the log instead of the calendar and a pattern appears: pizza, "
                                     "then sushi, then waffles, then pizza again, without fail."),
        QT_TRANSLATE_NOOP("lessons", "A three-day cycle slides past the seven-day week, so every weekday "
                                     "gets every dish equally often. The one thing that predicts tonight "
                                     "is last night."),
    ), preset="dinner", claims=("weekday-useless",)),
    Step(QT_TRANSLATE_NOOP("lessons", "A network that looks back"), (
        QT_TRANSLATE_NOOP("lessons", "The recurrent network gets two inputs: yesterday's actual dinner (the "
                                     "new information) and its own prediction for yesterday (the previous "
                                     "prediction). From them it makes today's prediction."),
        QT_TRANSLATE_NOOP("lessons", "Tomorrow, today's prediction comes back in as “yesterday's "
                                     "prediction”: that loop, drawn as the dashed arrow, is what makes the "
                                     "network recurrent."),
    ), preset="dinner", text="pizza sushi waffles pizza sushi", step=1,
        highlights=(H("strip", "x"), H("strip", "h_prev"), H("strip", "h")),
        claims=("dinner-from-yesterday",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Away for a few days"), (
        QT_TRANSLATE_NOOP("lessons", "When you were away you do not know what was cooked: the new "
                                     "information is empty (“?”). The network still has its own guess for "
                                     "that day, and predicts the dish after it."),
        QT_TRANSLATE_NOOP("lessons", "Mark days away below. Several in a row, and it keeps rolling its own "
                                     "guesses forward. Away on the very first day, it has nothing to go on."),
    ), preset="dinner", text=DINNER_TEXT, step=2,
        highlights=(H("strip", "h_prev"),), demo="dinner-days",
        claims=("dinner-from-yesterday", "dinner-rolls-forward")),
))

VECTORS = Lesson("vectors", 2, QT_TRANSLATE_NOOP("lessons", "Vectors and one-hot"), (
    Step(QT_TRANSLATE_NOOP("lessons", "A list of numbers"), (
        QT_TRANSLATE_NOOP("lessons", "A vector is just a list of numbers in a fixed order. A day's weather "
                                     "could be: high 24 °C, low 6 °C, wind 21 km/h, 83 % chance of rain — "
                                     "the vector [24, 6, 21, 0.83]."),
        QT_TRANSLATE_NOOP("lessons", "Position carries the meaning: the first number is always the high, "
                                     "the last always the chance of rain."),
    )),
    Step(QT_TRANSLATE_NOOP("lessons", "One-hot"), (
        QT_TRANSLATE_NOOP("lessons", "Even “today is Tuesday” is a vector: one position per weekday, Monday "
                                     "to Sunday, a 1 for Tuesday and 0 everywhere else: "
                                     "[0, 1, 0, 0, 0, 0, 0]."),
        QT_TRANSLATE_NOOP("lessons", "A vector with a single 1 among zeros is called one-hot. It is a very "
                                     "common way to feed categories to a network."),
    )),
    Step(QT_TRANSLATE_NOOP("lessons", "Dinners and words"), (
        QT_TRANSLATE_NOOP("lessons", "Pizza is [1, 0, 0] over (pizza, sushi, waffles), and a prediction is "
                                     "a vector of the same length: one score per dish, the largest wins."),
        QT_TRANSLATE_NOOP("lessons", "Words work the same way. With the five words Doug, Jane, Spot, saw and "
                                     "the period, each word is a one-hot vector of five: the new-information "
                                     "strip lights exactly one cell per step."),
    ), preset="walkthrough", text=WALK, step=0, highlights=(H("strip", "x"),), claims=("inputs-one-hot",)),
))

BOOK = Lesson("book", 3, QT_TRANSLATE_NOOP("lessons", "The children's book with an RNN"), (
    Step(QT_TRANSLATE_NOOP("lessons", "A very small book"), (
        QT_TRANSLATE_NOOP("lessons", "The book uses five words: Doug, Jane, Spot, saw and the period. All it "
                                     "says is “Doug saw Jane. Jane saw Spot. Spot saw Doug.”"),
        QT_TRANSLATE_NOOP("lessons", "The task: read it word by word and predict the next word."),
    ), preset="book-rnn", text=BOOK_TEXT, step=0, highlights=(H("strip", "x"),)),
    Step(QT_TRANSLATE_NOOP("lessons", "What a plain RNN learns"), (
        QT_TRANSLATE_NOOP("lessons", "A plain recurrent network sees the new word and its previous "
                                     "prediction. It learns the simplest rule that fits: after a name comes "
                                     "“saw” or a period; after “saw” or a period comes a name."),
    ), preset="book-rnn", text=BOOK_TEXT, step=2, highlights=(H("box", "rnn"), H("dock", "predictions")),
        claims=("rnn-run-on",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Let it write"), (
        QT_TRANSLATE_NOOP("lessons", "Let the network write on its own and count its sentences. Some are "
                                     "right, but it also writes “Doug saw Doug.” and run-ons like “Doug saw "
                                     "Jane saw Spot saw …”."),
        QT_TRANSLATE_NOOP("lessons", "The LSTM of lesson 7, sampled the same way, writes only proper "
                                     "sentences."),
    ), preset="book-rnn", text=BOOK_TEXT, step=1, highlights=(H("dock", "predictions"),), demo="book-sampler",
        claims=("rnn-doug-saw-doug", "rnn-run-on")),
    Step(QT_TRANSLATE_NOOP("lessons", "Why: one step of memory"), (
        QT_TRANSLATE_NOOP("lessons", "At “saw” the network knows only “saw” and its previous prediction, "
                                     "and that prediction looks the same after Doug as after Jane. Who did "
                                     "the seeing is already gone, so every name looks fine."),
        QT_TRANSLATE_NOOP("lessons", "That is a limit of this design, whose only memory is its last "
                                     "prediction; a recurrent net with hidden units of its own can learn "
                                     "this book. To look further back, the LSTM adds a memory."),
    ), preset="book-rnn", text=BOOK_TEXT, step=1, highlights=(H("strip", "h_prev"),), claims=("rnn-one-step",)),
))

SQUASHING = Lesson("squashing", 4, QT_TRANSLATE_NOOP("lessons", "Squashing"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Two squashing functions"), (
        QT_TRANSLATE_NOOP("lessons", "tanh squeezes any number into −1 … 1: large positive values come out "
                                     "near 1, large negative ones near −1, small ones almost unchanged."),
        QT_TRANSLATE_NOOP("lessons", "The logistic function σ squeezes into 0 … 1 instead, which is just "
                                     "what a gate needs: 0 shut, 1 open. Drag the marker to read both."),
    ), preset="walkthrough", highlights=(H("node", "squash"), H("box", "g")), demo="squashing",
        claims=("tanh-bounded", "gates-in-unit-interval")),
    Step(QT_TRANSLATE_NOOP("lessons", "Votes that pile up"), (
        QT_TRANSLATE_NOOP("lessons", "In a recurrent network the same values go round the loop step after "
                                     "step. Added up again and again, a vote grows without limit."),
        QT_TRANSLATE_NOOP("lessons", "Squash after every step and the total stays inside −1 … 1, however "
                                     "many votes come in."),
    ), demo="repeated-votes", claims=("repeated-votes",)),
))

GATES = Lesson("gates", 5, QT_TRANSLATE_NOOP("lessons", "Element-wise operations and gates"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Element by element"), (
        QT_TRANSLATE_NOOP("lessons", "Two vectors of the same length can be combined position by position: "
                                     "⊕ adds each pair, ⊗ multiplies each pair. The result has the same "
                                     "length again."),
    ), demo="valves", claims=("valves",)),
    Step(QT_TRANSLATE_NOOP("lessons", "A gate is a row of valves"), (
        QT_TRANSLATE_NOOP("lessons", "A gate is a vector of values between 0 and 1. Multiply a signal by it "
                                     "element-wise and each element passes through its own valve: 0.8 "
                                     "through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and 0."),
        QT_TRANSLATE_NOOP("lessons", "Move the valves and watch what gets through."),
    ), demo="valves", claims=("valves",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Gates in the cell"), (
        QT_TRANSLATE_NOOP("lessons", "The LSTM has three ⊗ valves (forgetting, ignoring, selection) and one "
                                     "⊕, which merges the kept memory with the newly admitted votes."),
    ), preset="walkthrough", text=WALK, step=4,
        highlights=(H("node", "forget_mul"), H("node", "ignore_mul"), H("node", "merge_add"),
                    H("node", "select_mul")), claims=("memory-is-merge",)),
))

LSTM = Lesson("lstm", 6, QT_TRANSLATE_NOOP("lessons", "Building the LSTM"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Start from the prediction"), (
        QT_TRANSLATE_NOOP("lessons", "Begin with the recurrent net's one path: the prediction path reads the "
                                     "new information and the previous prediction and votes for or against "
                                     "each word, squashed by tanh."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "g"),), parts=(), stage="paths"),
    Step(QT_TRANSLATE_NOOP("lessons", "Memory and forgetting"), (
        QT_TRANSLATE_NOOP("lessons", "Add a memory line that carries votes from step to step. The "
                                     "forgetting gate decides, word by word, how much of the old memory to "
                                     "keep; the new votes are added on top."),
    ), preset="walkthrough", text=WALK, step=4,
        highlights=(H("box", "f"), H("node", "forget_mul"), H("strip", "c")), claims=("memory-is-merge",),
        parts=("memory",), stage="merge"),
    Step(QT_TRANSLATE_NOOP("lessons", "Selection"), (
        QT_TRANSLATE_NOOP("lessons", "Not everything in memory should be said at once. The selection gate "
                                     "picks what leaves: the prediction is the squashed memory times the "
                                     "selection gate, h = o ⊙ tanh(c). The rest stays in memory."),
    ), preset="walkthrough", text=WALK, step=4,
        highlights=(H("box", "o"), H("node", "select_mul")), claims=("prediction-is-selection",),
        parts=("memory", "selection"), stage="select"),
    Step(QT_TRANSLATE_NOOP("lessons", "Ignoring"), (
        QT_TRANSLATE_NOOP("lessons", "The ignoring gate can set fresh votes aside before they reach memory, "
                                     "so that what does not matter now does not clutter it. In this small "
                                     "net it is always open."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "i"), H("node", "ignore_mul")),
        parts=("memory", "selection", "ignoring"), stage="ignore"),
    Step(QT_TRANSLATE_NOOP("lessons", "Four small networks"), (
        QT_TRANSLATE_NOOP("lessons", "That is the whole cell: four small networks — prediction, ignoring, "
                                     "forgetting, selection — each fed the new information and the previous "
                                     "prediction, tied together by element-wise ⊗ and ⊕."),
    ), preset="walkthrough", text=WALK, step=4,
        highlights=(H("box", "g"), H("box", "i"), H("box", "f"), H("box", "o")),
        claims=("memory-is-merge", "prediction-is-selection"), stage="paths"),
))

JANE = Lesson("jane-saw-spot", 7, QT_TRANSLATE_NOOP("lessons", "“Jane saw Spot. Doug…”"), (
    Step(QT_TRANSLATE_NOOP("lessons", "After a full sentence"), (
        QT_TRANSLATE_NOOP("lessons", "This LSTM is already trained. It has read “Jane saw Spot.”, so its "
                                     "previous prediction is “a name”: Doug, Jane or Spot. Now “Doug” "
                                     "comes in."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("strip", "x"), H("strip", "h_prev")),
        claims=("doug-after-names",), stage="inputs"),
    Step(QT_TRANSLATE_NOOP("lessons", "Votes at “Doug”"), (
        QT_TRANSLATE_NOOP("lessons", "The prediction path votes for “saw” and against Doug — “not Doug”, "
                                     "because Doug never sees himself in this book."),
        QT_TRANSLATE_NOOP("lessons", "The forgetting gate has just dropped the old names, so memory is "
                                     "empty and both votes pass straight into it."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "g"), H("strip", "c")),
        claims=("doug-votes", "doug-memory-empty"), stage="merge"),
    Step(QT_TRANSLATE_NOOP("lessons", "Selection at “Doug”"), (
        QT_TRANSLATE_NOOP("lessons", "The selection gate has learned that after a name comes “saw” or a "
                                     "period. It holds “not Doug” back — it stays in memory — and lets "
                                     "“saw” out: the prediction is “saw”."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "o"), H("dock", "predictions")),
        claims=("doug-selects-saw",), stage="select"),
    Step(QT_TRANSLATE_NOOP("lessons", "Next word: “saw”"), (
        QT_TRANSLATE_NOOP("lessons", "Now “saw” comes in, and the previous prediction was “saw”. The "
                                     "prediction path votes for all three names, Doug included."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("box", "g"),), claims=("saw-votes-names",),
        stage="paths"),
    Step(QT_TRANSLATE_NOOP("lessons", "Forget “saw”, keep “not Doug”"), (
        QT_TRANSLATE_NOOP("lessons", "Because the last word was “saw”, the forgetting gate drops “saw” "
                                     "from memory but keeps “not Doug”."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("box", "f"), H("heatmap", "f:Doug")),
        claims=("saw-forgets-saw",), stage="forget"),
    Step(QT_TRANSLATE_NOOP("lessons", "Doug cancels out"), (
        QT_TRANSLATE_NOOP("lessons", "The merge adds memory and new votes element by element. On Doug, the "
                                     "kept “not Doug” and the new vote for Doug cancel; Jane and Spot keep "
                                     "their votes. The memory-flow pane shows where each part came from."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("node", "merge_add"), H("dock", "memory")),
        claims=("saw-doug-cancels",), stage="merge"),
    Step(QT_TRANSLATE_NOOP("lessons", "Jane or Spot, never Doug"), (
        QT_TRANSLATE_NOOP("lessons", "The selection gate lets the names out: the prediction is Jane or Spot, "
                                     "not Doug. That is how the LSTM avoids “Doug saw Doug.”"),
        QT_TRANSLATE_NOOP("lessons", "Try to break it: clamp the forgetting gate open, or edit a weight, and "
                                     "watch these checks turn red."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("box", "o"), H("dock", "predictions")),
        claims=("saw-forgets-saw", "saw-doug-cancels", "saw-predicts-jane-spot"), stage="out"),
))

LESSONS = (DINNER, VECTORS, BOOK, SQUASHING, GATES, LSTM, JANE)
