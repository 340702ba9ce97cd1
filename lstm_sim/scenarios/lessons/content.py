"""The seven lessons' steps, told in our own words after Brandon Rohrer's lesson
"How recurrent neural networks and LSTM work", in its order: the dinner question;
vectors, then the dinner network (votes and the loop); the children's book and the RNN
that writes it; squashing (before the RNN's mistakes, as the source has it); the
mistakes; the LSTM built up — element-wise operations and gates, then the logistic
function, then memory and forgetting, selection, ignoring; and the walkthrough
"Jane saw Spot. Doug…". Each string is one paragraph.

Every lesson opens its own network from its first step (``Lesson.preset``); the lessons
panel shows it in a lesson session of its own, so the learner's work is never touched.
"""
from __future__ import annotations

from . import Highlight as H, Lesson, LessonStep as Step


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 (lupdate's marker)
    return text


WALK = "Jane saw Spot. Doug saw"
BOOK_TEXT = "Doug saw Jane. Jane saw Spot. Spot saw"
#: The RNN's mistakes read the book from its third sentence, so each "name saw" that is
#: compared follows a period (the very first word has no previous prediction at all).
MISTAKES_TEXT = "Spot saw Doug. Doug saw Jane. Jane saw Spot. Spot saw"
CYCLE_TEXT = "pizza sushi waffles pizza sushi"
#: The dinner-days demo starts with you away on days 3, 5 and 6.
AWAY_DAYS = (False, False, True, False, True, True, False, False, False, False)
DINNER_TEXT = "pizza sushi ? pizza ? ? pizza sushi waffles pizza"
#: Lesson 6's longer text for memory that leaves −1…1 once forgetting is held open.
LONG_WALK = "Jane saw Spot. Doug saw Jane. Spot saw Doug. Jane saw"
ALL_PARTS = ("memory", "selection", "ignoring")

#: TRANSLATORS — one term per concept (zh-TW): recurrent 遞迴; loop 迴圈; the dinner cycle
#: 輪替; vote 投票/票; new information 新資訊; previous prediction 舊預測; prediction path
#: 預測路徑; memory 記憶; squashing 擠壓; the logistic function 邏輯函數; gate 閘門; valve
#: 閥門; ignoring/forgetting/selection 忽視/遺忘/篩選; element-wise 逐元素; vocabulary 字彙;
#: word 單字; the book's words 道格、珍、小點、看見、句號; the dishes 披薩、壽司、鬆餅.
DINNER = Lesson("dinner", 1, QT_TRANSLATE_NOOP("lessons", "Dinner"), (
    Step(QT_TRANSLATE_NOOP("lessons", "What's for dinner?"), (
        QT_TRANSLATE_NOOP("lessons", "Your roommate cooks every evening, and it is always one of three "
                                     "dishes: pizza, sushi or waffles. You would like to know tonight's "
                                     "dish before you get home."),
        QT_TRANSLATE_NOOP("lessons", "The obvious clues — the day of the week, the month, whether your "
                                     "roommate had a late meeting — are no help: a network trained on them "
                                     "guesses about as well as rolling a three-sided die."),
    ), preset="dinner", text=CYCLE_TEXT, step=0, claims=("weekday-useless",)),
    Step(QT_TRANSLATE_NOOP("lessons", "The cycle"), (
        QT_TRANSLATE_NOOP("lessons", "Look at the log instead of the calendar and a pattern appears: pizza, "
                                     "then sushi, then waffles, then pizza again, without fail."),
        QT_TRANSLATE_NOOP("lessons", "A three-day cycle slides past the seven-day week, so every weekday "
                                     "gets every dish equally often. The one thing that predicts tonight "
                                     "is last night. The network on screen predicts exactly that way; the "
                                     "next lesson opens it up."),
    ), preset="dinner", text=CYCLE_TEXT, step=1, highlights=(H("strip", "x"), H("strip", "h")),
        claims=("weekday-useless", "dinner-from-yesterday")),
    Step(QT_TRANSLATE_NOOP("lessons", "A night away"), (
        QT_TRANSLATE_NOOP("lessons", "Say you were out last night and never saw what was cooked. You can "
                                     "still work it out: the night before was sushi, so last night was "
                                     "waffles, so tonight is pizza."),
        QT_TRANSLATE_NOOP("lessons", "Keep that in mind: a good predictor can lean on its own earlier "
                                     "guesses when the facts are missing."),
    ), preset="dinner", text="pizza sushi ? pizza", step=2, highlights=(H("strip", "x"),)),
))

VECTORS = Lesson("vectors", 2, QT_TRANSLATE_NOOP("lessons", "Vectors and the dinner network"), (
    Step(QT_TRANSLATE_NOOP("lessons", "A list of numbers"), (
        QT_TRANSLATE_NOOP("lessons", "A vector is just a list of numbers in a fixed order. A day's weather "
                                     "could be: high 24 °C, low 6 °C, wind 21 km/h, 83 % chance of rain — "
                                     "the vector [24, 6, 21, 0.83]."),
        QT_TRANSLATE_NOOP("lessons", "Position carries the meaning: the first number is always the high, "
                                     "the last always the chance of rain."),
    ), preset="dinner", text=CYCLE_TEXT, step=0),
    Step(QT_TRANSLATE_NOOP("lessons", "One-hot"), (
        QT_TRANSLATE_NOOP("lessons", "Even “today is Tuesday” is a vector: one position per weekday, Monday "
                                     "to Sunday, a 1 for Tuesday and 0 everywhere else: "
                                     "[0, 1, 0, 0, 0, 0, 0]."),
        QT_TRANSLATE_NOOP("lessons", "A vector with a single 1 among zeros is called one-hot. It is a very "
                                     "common way to feed categories to a network."),
    ), preset="dinner", text=CYCLE_TEXT, step=0),
    Step(QT_TRANSLATE_NOOP("lessons", "Dinners as vectors"), (
        QT_TRANSLATE_NOOP("lessons", "Over (pizza, sushi, waffles), pizza is [1, 0, 0]. A prediction is a "
                                     "vector of the same length: one score per dish, and the largest wins."),
        QT_TRANSLATE_NOOP("lessons", "A day you were away is all zeros (“?”): nothing is known. The "
                                     "new-information strip shows each day's vector."),
    ), preset="dinner", text=DINNER_TEXT, step=2, highlights=(H("strip", "x"),), claims=("inputs-one-hot",)),
    Step(QT_TRANSLATE_NOOP("lessons", "A network is a vote"), (
        QT_TRANSLATE_NOOP("lessons", "The dinner network has three vectors: yesterday's actual dinner (the new "
                                     "information), its own prediction for yesterday (the previous "
                                     "prediction), and today's prediction."),
        QT_TRANSLATE_NOOP("lessons", "Every element of the inputs is wired to every element of the "
                                     "prediction, and each wire has a weight: a vote. Pizza yesterday votes "
                                     "strongly for sushi today and not at all for the rest. The votes for "
                                     "each dish are added up, and the dish with the most wins."),
        QT_TRANSLATE_NOOP("lessons", "Click the path box to see every vote in the weights pane, and change "
                                     "one to see the prediction follow."),
    ), preset="dinner", text=CYCLE_TEXT, step=0, highlights=(H("box", "rnn"), H("dock", "editor")),
        claims=("dinner-votes",)),
    Step(QT_TRANSLATE_NOOP("lessons", "The loop"), (
        QT_TRANSLATE_NOOP("lessons", "Today's prediction is fed back in tomorrow as “yesterday's "
                                     "prediction”: that loop, drawn as the dashed arrow, is what makes the "
                                     "network recurrent."),
        QT_TRANSLATE_NOOP("lessons", "Unrolled day by day, the loop reaches back as far as you like: each "
                                     "day's prediction carries what the days before it told the network."),
    ), preset="dinner", text=CYCLE_TEXT, step=1,
        highlights=(H("strip", "x"), H("strip", "h_prev"), H("strip", "h")),
        claims=("dinner-from-yesterday",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Away for a few days"), (
        QT_TRANSLATE_NOOP("lessons", "When you were away the new information is empty (“?”), but the "
                                     "previous prediction still votes: the network predicts the dish after "
                                     "its own guess for that day."),
        QT_TRANSLATE_NOOP("lessons", "Mark days away below; the network on screen makes the guesses. Several "
                                     "in a row, and it keeps rolling its own guesses forward. Away on the "
                                     "very first day, it has nothing to go on."),
    ), preset="dinner", text=DINNER_TEXT, step=2,
        highlights=(H("strip", "h_prev"),), demo="dinner-days",
        claims=("dinner-from-yesterday", "dinner-rolls-forward")),
))

BOOK = Lesson("book", 3, QT_TRANSLATE_NOOP("lessons", "The children's book"), (
    Step(QT_TRANSLATE_NOOP("lessons", "A very small book"), (
        QT_TRANSLATE_NOOP("lessons", "The book uses five words: Doug, Jane, Spot, saw and the period. All it "
                                     "says is “Doug saw Jane. Jane saw Spot. Spot saw Doug.”"),
        QT_TRANSLATE_NOOP("lessons", "Each word goes in as a one-hot vector of five, just like the dishes. "
                                     "The task: read the book word by word and predict the next word."),
    ), preset="book-rnn", text=BOOK_TEXT, step=0, highlights=(H("strip", "x"),), claims=("inputs-one-hot",)),
    Step(QT_TRANSLATE_NOOP("lessons", "What the network learns"), (
        QT_TRANSLATE_NOOP("lessons", "Trained on the book, a recurrent network picks up the simplest rule "
                                     "that fits: after a name comes “saw” or a period; after “saw” or a "
                                     "period comes a name. In its weights, a name votes for saw and the "
                                     "period, and saw votes for the names."),
        QT_TRANSLATE_NOOP("lessons", "The diagram draws each vector as a strip with a cell per word, and "
                                     "all the votes between two of them as one box."),
    ), preset="book-rnn", text=BOOK_TEXT, step=0, highlights=(H("box", "rnn"), H("dock", "predictions")),
        claims=("rnn-names-then-saw",)),
    Step(QT_TRANSLATE_NOOP("lessons", "The previous prediction votes too"), (
        QT_TRANSLATE_NOOP("lessons", "The network also reads its previous prediction. Having just predicted "
                                     "saw or a period, it leans harder towards a name next, and the other "
                                     "way round: the loop backs up what the new word says."),
        QT_TRANSLATE_NOOP("lessons", "This is a recurrent neural network, an RNN, like the dinner network, "
                                     "only with words."),
    ), preset="book-rnn", text=BOOK_TEXT, step=1, highlights=(H("strip", "h_prev"), H("box", "rnn")),
        claims=("rnn-previous-prediction-votes",)),
))

SQUASHING = Lesson("squashing", 4, QT_TRANSLATE_NOOP("lessons", "Squashing"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Squashing the votes"), (
        QT_TRANSLATE_NOOP("lessons", "Votes add up, and nothing stops the total from going past 1. The wavy "
                                     "symbol in the box is a squashing function, tanh: it squeezes any total "
                                     "into −1 … 1."),
        QT_TRANSLATE_NOOP("lessons", "Small totals come out almost as they went in; large positive ones come "
                                     "out close to 1, large negative ones close to −1. Drag the line to read "
                                     "the curve."),
    ), preset="book-rnn", text=BOOK_TEXT, step=0, highlights=(H("box", "rnn"),), demo="squashing",
        claims=("rnn-votes-squashed",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Votes that go round the loop"), (
        QT_TRANSLATE_NOOP("lessons", "In a recurrent network the same values go round the loop again and "
                                     "again. If an option gets two votes each time round, its value doubles "
                                     "every loop: after a few dozen loops it is astronomically large."),
        QT_TRANSLATE_NOOP("lessons", "Squash after every loop and it stays inside −1 … 1, however many times "
                                     "it goes round. The book network on screen would blow up the same way "
                                     "without its tanh."),
    ), preset="book-rnn", text=BOOK_TEXT, step=9, highlights=(H("strip", "h_prev"),), demo="repeated-votes",
        claims=("looped-votes", "rnn-loop-bounded")),
))

MISTAKES = Lesson("mistakes", 5, QT_TRANSLATE_NOOP("lessons", "The RNN's mistakes"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Let it write"), (
        QT_TRANSLATE_NOOP("lessons", "Let the network on screen write on its own and sort its sentences. "
                                     "Some are right, but it also writes “Doug saw Doug.” and run-ons like "
                                     "“Doug saw Jane saw Spot …”."),
        QT_TRANSLATE_NOOP("lessons", "The LSTM of lesson 7, sampled the same way, writes only proper "
                                     "sentences."),
    ), preset="book-rnn", text=MISTAKES_TEXT, step=5, highlights=(H("dock", "predictions"),), demo="book-sampler",
        claims=("rnn-doug-saw-doug", "rnn-run-on")),
    Step(QT_TRANSLATE_NOOP("lessons", "Too short, and lost"), (
        QT_TRANSLATE_NOOP("lessons", "Its largest group is “too short”: after a name, the period is as "
                                     "likely as saw, so about half its sentences stop at one word "
                                     "(“Jane.”)."),
        QT_TRANSLATE_NOOP("lessons", "“Lost” is what happens after a word the rule did not expect "
                                     "(“Doug saw.”): its only memory is its last prediction, so one wrong "
                                     "turn leads to the next (“Spot saw Jane Jane Spot …”)."),
    ), preset="book-rnn", text=MISTAKES_TEXT, step=6, highlights=(H("dock", "predictions"),), demo="book-sampler",
        claims=("rnn-run-on",)),
    Step(QT_TRANSLATE_NOOP("lessons", "Why: one step of memory"), (
        QT_TRANSLATE_NOOP("lessons", "At “saw” the network knows only “saw” and its previous prediction, "
                                     "and that prediction looks the same after Doug as after Jane. Who did "
                                     "the seeing is already gone, so every name looks fine."),
        QT_TRANSLATE_NOOP("lessons", "That is a limit of this design, whose only memory is its last "
                                     "prediction; a recurrent net with hidden units of its own can learn "
                                     "this book (Tools ▸ Compare trains both). To look further back, the "
                                     "LSTM adds a memory."),
    ), preset="book-rnn", text=MISTAKES_TEXT, step=5, highlights=(H("strip", "h_prev"),), claims=("rnn-one-step",)),
))

LSTM = Lesson("lstm", 6, QT_TRANSLATE_NOOP("lessons", "Building the LSTM"), (
    Step(QT_TRANSLATE_NOOP("lessons", "Memory for more than one step"), (
        QT_TRANSLATE_NOOP("lessons", "To remember what happened a few loops ago, the LSTM adds a memory and "
                                     "paths that decide what to keep and what to let out. Start from what "
                                     "the RNN had: the prediction path, which reads the new information and "
                                     "the previous prediction and votes for or against each word, squashed "
                                     "by tanh."),
        QT_TRANSLATE_NOOP("lessons", "The rest needs a few new symbols first."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "g"),), parts=(), stage="paths"),
    Step(QT_TRANSLATE_NOOP("lessons", "Element by element, and gates"), (
        QT_TRANSLATE_NOOP("lessons", "Two vectors of the same length can be combined position by position: "
                                     "⊕ adds each pair, ⊗ multiplies each pair. The result has the same "
                                     "length again."),
        QT_TRANSLATE_NOOP("lessons", "⊗ makes a gate: a row of valves, each between 0 (shut) and 1 (open). "
                                     "A signal of 0.8 through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and "
                                     "0. Move the valves and watch what gets through."),
    ), preset="walkthrough", text=WALK, step=4, demo="valves", claims=("valves",), parts=(), stage="paths"),
    Step(QT_TRANSLATE_NOOP("lessons", "The logistic function"), (
        QT_TRANSLATE_NOOP("lessons", "Valves need values between 0 and 1, and a path's votes can be anything. "
                                     "The logistic function σ, drawn as a circle with a flat bottom, squashes "
                                     "them into 0 … 1: a strong vote for opens the valve, a strong vote "
                                     "against shuts it."),
        QT_TRANSLATE_NOOP("lessons", "Compare it with tanh below: the same S shape, squeezed into 0 … 1 "
                                     "instead of −1 … 1."),
    ), preset="walkthrough", text=WALK, step=4, demo="logistic", parts=(), stage="paths"),
    Step(QT_TRANSLATE_NOOP("lessons", "Memory and forgetting"), (
        QT_TRANSLATE_NOOP("lessons", "Now add a memory line that carries votes from step to step. A "
                                     "forgetting gate, σ of its own path's votes, decides word by word how "
                                     "much of the old memory to keep (⊗); the new votes are added on top "
                                     "(⊕)."),
        QT_TRANSLATE_NOOP("lessons", "Here, at “saw”, its votes of −6 on saw shut that valve and +6 on Doug "
                                     "open it: the “not Doug” stored one word earlier is kept."),
    ), preset="walkthrough", text=WALK, step=5,
        highlights=(H("box", "f"), H("node", "forget_mul"), H("strip", "c")),
        claims=("sigma-makes-valves", "memory-carries", "memory-merge"), parts=("memory",), stage="merge"),
    Step(QT_TRANSLATE_NOOP("lessons", "Kept for any length of time"), (
        QT_TRANSLATE_NOOP("lessons", "A valve held open keeps what is in memory word after word, for as long "
                                     "as it stays open: the forgetting path can keep information for any "
                                     "length of time, not just one step."),
        QT_TRANSLATE_NOOP("lessons", "See it on trained networks: Tools ▸ Compare ▸ Mistakes against distance "
                                     "puts more and more filler words between “saw” and its name, and counts "
                                     "the mistakes of the lesson's RNN, a plain RNN and the LSTM."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("node", "forget_mul"), H("strip", "c_prev")),
        demo="distance", claims=("forget-keeps-long",), parts=("memory",), stage="merge"),
    Step(QT_TRANSLATE_NOOP("lessons", "Selection, and squashing again"), (
        QT_TRANSLATE_NOOP("lessons", "Not everything in memory should be said at once. The selection gate "
                                     "picks what leaves as the prediction, h = o ⊙ tanh(c); the rest stays "
                                     "in memory."),
        QT_TRANSLATE_NOOP("lessons", "Memory itself is left unsquashed on purpose, so it can hold what piles "
                                     "up. But after ⊕ it can go past 1 or below −1, so it is squashed again "
                                     "before selection. Hold forgetting open over a longer text below and "
                                     "watch c leave −1 … 1 while tanh(c) stays inside."),
    ), preset="walkthrough", text=WALK, step=4,
        highlights=(H("box", "o"), H("node", "squash"), H("node", "select_mul")), demo="unsquashed-memory",
        claims=("selection-holds-back", "memory-unsquashed"), parts=("memory", "selection"), stage="select"),
    Step(QT_TRANSLATE_NOOP("lessons", "Ignoring"), (
        QT_TRANSLATE_NOOP("lessons", "The ignoring gate can set fresh votes aside before they reach memory, "
                                     "so that what does not matter now does not clutter it. This small net "
                                     "never needs to: its ignoring gate is open on every word."),
    ), preset="walkthrough", text=WALK, step=4, highlights=(H("box", "i"), H("node", "ignore_mul")),
        claims=("ignoring-open",), parts=ALL_PARTS, stage="ignore"),
    Step(QT_TRANSLATE_NOOP("lessons", "Four small networks"), (
        QT_TRANSLATE_NOOP("lessons", "That is the whole cell: four small networks — prediction, ignoring, "
                                     "forgetting, selection — each fed the new information and the previous "
                                     "prediction, tied together by element-wise ⊗ and ⊕."),
        QT_TRANSLATE_NOOP("lessons", "In this hand-set net every U block, the votes from the previous "
                                     "prediction, is zero: the previous prediction goes in but changes "
                                     "nothing, and the memory carries what it would have. A trained net uses "
                                     "both."),
    ), preset="walkthrough", text=WALK, step=5,
        highlights=(H("box", "g"), H("box", "i"), H("box", "f"), H("box", "o")),
        claims=("previous-prediction-share",), parts=ALL_PARTS, stage="paths"),
))

JANE = Lesson("jane-saw-spot", 7, QT_TRANSLATE_NOOP("lessons", "“Jane saw Spot. Doug…”"), (
    Step(QT_TRANSLATE_NOOP("lessons", "After a full sentence"), (
        QT_TRANSLATE_NOOP("lessons", "The lesson imagines this LSTM already trained; here its weights are "
                                     "set by hand to what training should give, so every number has a "
                                     "reason. It has read “Jane saw Spot.”, so its previous prediction is "
                                     "“a name”: Doug, Jane or Spot. Now “Doug” comes in."),
        QT_TRANSLATE_NOOP("lessons", "(Both go into all four paths; in this net only the new word changes "
                                     "anything, since its U blocks are zero.)"),
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
        QT_TRANSLATE_NOOP("lessons", "It also votes +period and −saw. Those are not for now: they wait in "
                                     "memory, held back by the selection gate, and after the next name they "
                                     "end the sentence (−saw cancels that name's vote for saw, +period comes "
                                     "out)."),
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
    Step(QT_TRANSLATE_NOOP("lessons", "A name, but not Doug"), (
        QT_TRANSLATE_NOOP("lessons", "The selection gate lets the names out and keeps +period and −saw in: "
                                     "the prediction is a name, and not Doug. That is how the LSTM avoids "
                                     "“Doug saw Doug.”"),
        QT_TRANSLATE_NOOP("lessons", "Try to break it: clamp the forgetting or the selection gate open, or "
                                     "edit a weight, and watch these checks turn red."),
    ), preset="walkthrough", text=WALK, step=5, highlights=(H("box", "o"), H("dock", "predictions")),
        claims=("saw-forgets-saw", "saw-doug-cancels", "saw-plants-period", "saw-predicts-not-doug"),
        stage="out"),
))

LESSONS = (DINNER, VECTORS, BOOK, SQUASHING, MISTAKES, LSTM, JANE)
