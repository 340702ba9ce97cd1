<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="51"/>
        <location filename="../../lstm_sim/controller/documents.py" line="55"/>
        <location filename="../../lstm_sim/controller/documents.py" line="57"/>
        <source>Cannot save to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="55"/>
        <source>disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="34"/>
        <source>App</source>
        <comment>Unexpected error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="35"/>
        <source>App</source>
        <comment>Something went wrong: {0}

Your session is still open; please report this with the details below.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="57"/>
        <source>Set every weight of {param} to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="61"/>
        <source>⋯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="62"/>
        <source>More for {param}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="63"/>
        <source>Actions for {param}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookSamplerDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="79"/>
        <source>The RNN wrote, for example: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="83"/>
        <source>Let both write {0} sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="84"/>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="84"/>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="97"/>
        <source>Zoom level: wheel to zoom, Ctrl+0 or double-click to fit</source>
        <extracomment>What each stage of the computation does, for stepping inside the cell (the lesson&apos;s order; the stages are the layouts&apos; STAGES). Fitting never shrinks the smallest text (unit labels) below this many pixels; a window too small for the whole cell scrolls instead. Right-click menu on a gate: (gate, unit index or None for all, value or None to free).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="284"/>
        <source>What if {0} were…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="285"/>
        <source>Clamp open (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="285"/>
        <source>Clamp closed (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="286"/>
        <source>Clamp half open (0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="286"/>
        <source>Free (computed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="69"/>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="73"/>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="76"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="82"/>
        <source>step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="89"/>
        <source>Checked on the live model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DinnerDaysDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="100"/>
        <source>day {0} (next)</source>
        <extracomment>The away days changed (one bool per day).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="101"/>
        <source>day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="103"/>
        <source>away · ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="104"/>
        <source>Click to mark this day away (you never saw dinner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="105"/>
        <source>Click to mark this day at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="107"/>
        <source>no yesterday yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="109"/>
        <source>no idea ({0:.0%} each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="118"/>
        <source>Made from its own guess: the evening before you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="121"/>
        <source>↻ made from the network&apos;s own guess (you were away the evening before): {0} guesses, {1} of them right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="126"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="126"/>
        <source>what was cooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="127"/>
        <source>the network&apos;s guess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="29"/>
        <source>&amp;New from preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="34"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="36"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="39"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="41"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="43"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="45"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="46"/>
        <source>Diagram as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="46"/>
        <source>Diagram as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="47"/>
        <source>Heatmaps as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="47"/>
        <source>Trace as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="48"/>
        <source>Trace as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="60"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="61"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="63"/>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="78"/>
        <source>Open session or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="90"/>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="99"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="100"/>
        <source>Discard every change since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="112"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="124"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="124"/>
        <source>Your changes are still open and unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="127"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="133"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="150"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="152"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="156"/>
        <source>The current session is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="190"/>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateClampBar</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="139"/>
        <source>Clamp gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="148"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="148"/>
        <source>The gate follows its weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="149"/>
        <source>open 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="150"/>
        <source>Hold every unit of the gate at 1, whatever the weights say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="151"/>
        <source>closed 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="152"/>
        <source>Hold every unit of the gate at 0, whatever the weights say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="183"/>
        <source>Some units of this gate are clamped (see the locks in the row headers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPane</name>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="194"/>
        <source>Hover a cell to read its value; click a column to go to that step.</source>
        <extracomment>Rows of heatmaps, each ending with its colour bar: signed values, then gates. Magenta stands out on both colour scales and in both themes. Paper and ink of the plots in each theme.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="224"/>
        <source>gate openness 0…1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="224"/>
        <source>value −1…1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="327"/>
        <source>{path} — unit “{unit}”, step {step} “{word}”: {value:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="234"/>
        <source>Lesson {0} · {1}</source>
        <extracomment>Point at a part of the app: (kind, key), see ``scenarios.lessons.HIGHLIGHT_KINDS``. Each shown step first emits (&quot;&quot;, &quot;&quot;) to clear the previous step&apos;s highlights. A step is on screen: (lesson id, 0-based step index). Asked before a step opens another preset (e.g. &quot;save your changes?&quot;); False keeps the app as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="237"/>
        <source>step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="247"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="248"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="249"/>
        <source>Previous step (Page Up, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="250"/>
        <source>Next step (Page Down, Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="84"/>
        <source>&lt;opened&gt;</source>
        <extracomment>Steps closer together than this (ms) are &quot;stepping fast&quot;: no flow animation. View ▸ Language: the app rebuilds the window in that language (see app.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="86"/>
        <source>Heatmaps over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="87"/>
        <source>Memory flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="88"/>
        <source>Next-word prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="90"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="91"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="92"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="93"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="103"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="156"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="158"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="159"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="166"/>
        <source>Reset &amp;all weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="167"/>
        <source>Free all gate &amp;clamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="173"/>
        <source>&amp;Fit diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="174"/>
        <source>Step &amp;inside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="177"/>
        <source>Shift+→ / Shift+← walk through one step&apos;s computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="179"/>
        <source>Next part of the computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="181"/>
        <source>Previous part of the computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="183"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="191"/>
        <source>&amp;Animate steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="193"/>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="197"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="198"/>
        <source>Start the &amp;lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="200"/>
        <source>&amp;About LSTM Sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="213"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="213"/>
        <source>Step forward / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="214"/>
        <source>First / last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="215"/>
        <source>Skip the animation; leave the text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="216"/>
        <source>Fit the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="216"/>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="217"/>
        <source>Open / save a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="218"/>
        <source>in a weight table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="218"/>
        <source>type a number, drag up/down (Shift: fine), + / −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="219"/>
        <source>right-click a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="219"/>
        <source>clamp it open, closed or free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="220"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="289"/>
        <source>Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="290"/>
        <source>Click a path box in the diagram to edit its weights; right-click a gate to clamp it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="378"/>
        <source>your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="443"/>
        <source>mostly from the initial memory ({0:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="444"/>
        <source>mostly from step {0} “{1}” ({2:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="467"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="470"/>
        <source>About LSTM Sim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="472"/>
        <source>See inside an LSTM cell: step a sentence through it, watch every vector change, edit any weight or clamp a gate and see the effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="474"/>
        <source>Based on Brandon Rohrer&apos;s lesson “How recurrent neural networks and LSTM work”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionsPane</name>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="29"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="30"/>
        <source>next word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenancePane</name>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="39"/>
        <source>Hover a cell: how much of that unit&apos;s memory this step wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="74"/>
        <source>A plain RNN has no memory line: nothing to unroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="81"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="86"/>
        <source>Where memory cₜ at step {0} (“{1}”) came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="98"/>
        <source>memory unit {0}: {1} wrote {2:+.3f} of its {3:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatedVotesDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="167"/>
        <source>added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="168"/>
        <source>squashed each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="170"/>
        <source>After {n} votes of {v:+.1f}: added up {plain:+.2f}, squashed each time {squashed:+.3f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="174"/>
        <source>Each vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="175"/>
        <source>Number of votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="176"/>
        <source>votes so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="214"/>
        <source>Type at least one word.</source>
        <extracomment>Weights are finite and at most this large in magnitude (the editor says so). A different network (preset or file) is loaded: views rebuild their layout. A new trace is available (text, weights or clamps changed). The current step moved (0-based). The text could not be traced: message, start and end of the bad word. The last good trace stays. The text was traced fine (clears any earlier error). Weights changed (an edit, undo, reset …): the editor refreshes its values. The file the session was opened from or saved to (&apos;&apos; for none). Milliseconds per step at speed 1×.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="242"/>
        <source>generate between 1 and 500 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="244"/>
        <source>temperature must be a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="255"/>
        <source>Unknown word &quot;{0}&quot;; nearest known words: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="257"/>
        <source>Unknown word &quot;{0}&quot;; it is not in this network&apos;s {1}-word vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="288"/>
        <source>“{0}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="290"/>
        <source>weights must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="292"/>
        <source>|w| must be at most {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="303"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="311"/>
        <source>weights must be finite and at most {0:g} in size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="316"/>
        <source>Zero {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="324"/>
        <source>Reset {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="329"/>
        <source>Reset all weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="341"/>
        <source>Randomize {0} (seed {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="378"/>
        <source>readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="379"/>
        <source>prediction · tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="389"/>
        <source>a plain RNN has no gates to clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="393"/>
        <source>a clamp must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="400"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="401"/>
        <source>Clamp {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SquashingDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="103"/>
        <source>Drag the grey line. tanh stays within −1…1, σ within 0…1, however far x goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="326"/>
        <source>Type a sentence using the vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="367"/>
        <source>First step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="369"/>
        <source>Step back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="371"/>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="372"/>
        <source>Step forward (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="374"/>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="378"/>
        <source>Scrub through the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="385"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="397"/>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="401"/>
        <source>Input text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="439"/>
        <source>step {0}/{1}  “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="453"/>
        <source>show all {0} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="467"/>
        <source>{0} — the diagram still shows the last good text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenChips</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="186"/>
        <source>step {0}: “{1}” — click to go here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="33"/>
        <source>Children&apos;s book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="33"/>
        <source>Dinner log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="34"/>
        <source>Your own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="38"/>
        <source>Paste or type a text to learn from, or open a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="40"/>
        <source>Open .txt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="46"/>
        <source>plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="61"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="63"/>
        <location filename="../../lstm_sim/ui/training_dock.py" line="207"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="65"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="67"/>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="69"/>
        <source>Back to this run&apos;s initial weights (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="77"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="93"/>
        <source>0 always takes the most likely word; higher is more adventurous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="95"/>
        <source>Continue the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="97"/>
        <source>Sample words after the input text and step through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="103"/>
        <source>loss (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="104"/>
        <source>accuracy (top word right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="109"/>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="114"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="119"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="120"/>
        <source>Hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="121"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="122"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="123"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="124"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="125"/>
        <source>Clip gradients at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="138"/>
        <source>Words to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="139"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="140"/>
        <source>Sampling seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="142"/>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="189"/>
        <source>Open a text to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="190"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="197"/>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="198"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="207"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="236"/>
        <source>epoch {0}/{1} — about {2:.0f} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="238"/>
        <source>epoch {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="240"/>
        <source>loss {0:.4f}, accuracy {1:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="243"/>
        <source>Sampled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValvesDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="106"/>
        <source>0.8 through valves {0} gives {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="111"/>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="111"/>
        <source>valves (a gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="112"/>
        <source>signal ⊗ valves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="112"/>
        <source>new votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="113"/>
        <source>got through ⊕ new votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="115"/>
        <source>Element-wise addition: what got through, plus a second vector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyPopup</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="258"/>
        <source>Filter words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="282"/>
        <source>{0} words. Click one to put it in place of “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="284"/>
        <source>{0} words. Click one to insert it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightBlockModel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="183"/>
        <source>‘{text}’ is not a number</source>
        <extracomment>Weights are signed: they take the app&apos;s diverging scale and its fixed levels. The scale&apos;s 256 colours and the text colour that reads on each, looked up per cell: a table repaints hundreds of cells, and ``colors_for`` on one value costs ~20 µs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="219"/>
        <source>{row} ← {col}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="242"/>
        <source>{unit} ={value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="253"/>
        <source>{unit}: clamped at {value} whatever the weights say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="49"/>
        <source>Path:</source>
        <extracomment>The LSTM&apos;s paths in the order the editor lists them: the prediction first, then the gates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="52"/>
        <source>choose a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="57"/>
        <source>Reset path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="59"/>
        <source>Put this path&apos;s weights back as they were when the network was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="61"/>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="63"/>
        <source>Put every weight back as it was when the network was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="65"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="69"/>
        <source>The same seed always gives the same random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="71"/>
        <source>Randomize all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="73"/>
        <source>Replace every weight with random values drawn from this seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="85"/>
        <source>Choose a path to see the weights that feed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="96"/>
        <source>Type a number or double-click to set a weight · drag up or down to scrub it (Shift: finer) · + / − nudge by 0.1 (Shift: 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="150"/>
        <source>prediction · tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="151"/>
        <source>readout → next word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="206"/>
        <source>W — from new information · x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="207"/>
        <source>U — from the previous prediction · h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="208"/>
        <source>b — bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="209"/>
        <source>W_out — from the prediction h to the next-word scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="210"/>
        <source>b_out — bias of the next-word scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="268"/>
        <source>Clamp ‘{unit}’ open (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="269"/>
        <source>Clamp ‘{unit}’ closed (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="270"/>
        <source>Free ‘{unit}’ (follow the weights)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightInput</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="25"/>
        <source>weights must be finite</source>
        <extracomment>The largest |w| the editor accepts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="27"/>
        <source>|w| must be ≤ {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="38"/>
        <source>type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="44"/>
        <source>‘{text}’ is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>book</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="16"/>
        <source>proper (“Doug saw Jane.”)</source>
        <extracomment>Row titles, one per sentence kind (same order as SENTENCE_KINDS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="17"/>
        <source>same name twice (“Doug saw Doug.”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="18"/>
        <source>run-on (“… saw Jane saw …”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="19"/>
        <source>too short (“Doug.”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="20"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="115"/>
        <source>the vocabulary has no “{word}”</source>
        <extracomment>A vote or memory value counts when its size is above this. A gate is open above this, closed below it. A value this small (in size) counts as nothing. Two memory terms &quot;cancel&quot; when what is left is smaller than this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="122"/>
        <source>no unit of this network is labelled “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="128"/>
        <source>there is no trace to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="130"/>
        <source>this claim is about an LSTM; this network is a plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="133"/>
        <source>this claim is about a plain RNN; this network is an LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="167"/>
        <source>cannot be read on this network ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="234"/>
        <source>the text has no sentence starting “Doug saw”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="235"/>
        <source>the text has no sentence starting with “Doug”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="242"/>
        <source>Before “Doug”, the previous prediction was the names: Doug {h_prev_doug:+.3f}, Jane {h_prev_jane:+.3f}, Spot {h_prev_spot:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="250"/>
        <source>the previous prediction for {word} is only {value:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="254"/>
        <source>At “Doug” the prediction path votes {g_saw:+.3f} for saw and {g_doug:+.3f} for Doug (“not Doug”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="262"/>
        <source>the prediction path votes only {g_saw:+.3f} for saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="264"/>
        <source>the prediction path votes {g_doug:+.3f} on Doug, not clearly against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="267"/>
        <source>Memory keeps almost nothing from before “Doug” (at most {kept_max:.3f}), so the votes pass into memory: saw {c_saw:+.3f}, Doug {c_doug:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="279"/>
        <source>memory still holds {kept_max:.3f} from earlier words (forgetting gate {f_kept:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="282"/>
        <source>only {c_saw:+.3f} of the vote for saw reaches memory (ignoring gate {i_saw:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="285"/>
        <source>memory on Doug is {c_doug:+.3f}, so “not Doug” is not stored (ignoring gate {i_doug:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="289"/>
        <source>The selection gate holds “not Doug” back ({o_doug:.3f}) and lets saw out ({o_saw:.3f}): the output is saw ({p_saw:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="299"/>
        <source>the selection gate on Doug is {o_doug:.3f}, so “not Doug” comes out as {h_doug:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="302"/>
        <source>the selection gate on saw is {o_saw:.3f}, so saw is held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="304"/>
        <source>saw is not the most likely next word (it gets {p_saw:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="307"/>
        <source>At “saw” the prediction path votes for the names: Doug {g_doug:+.3f}, Jane {g_jane:+.3f}, Spot {g_spot:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="315"/>
        <source>the prediction path votes only {value:+.3f} for {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="319"/>
        <source>The forgetting gate forgets saw ({f_saw:.3f}) and keeps “not Doug” ({f_doug:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="326"/>
        <source>the forgetting gate on saw is {f_saw:.3f}, so the old saw stays in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="328"/>
        <source>the forgetting gate on Doug is {f_doug:.3f}, so “not Doug” is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="331"/>
        <source>In memory, the kept “not Doug” ({from_doug:+.3f}) and the new vote for Doug ({from_saw:+.3f}) cancel: Doug&apos;s memory is {c_doug:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="343"/>
        <source>only {from_doug:+.3f} of “not Doug” is left in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="345"/>
        <source>the new vote adds only {from_saw:+.3f} for Doug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="347"/>
        <source>Doug&apos;s memory is {c_doug:+.3f}: the votes do not cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="350"/>
        <source>The output is Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}), not Doug ({p_doug:.0%}): no “Doug saw Doug.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="358"/>
        <source>Doug still gets {p_doug:.0%}: the net could write “Doug saw Doug.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="359"/>
        <source>Jane gets only {p_jane:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="360"/>
        <source>Spot gets only {p_spot:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="12"/>
        <source>Over three weeks, guessing from the weekday is right {weekday_accuracy:.0%} of the time; guessing “the dish after yesterday&apos;s” is right {yesterday_accuracy:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="19"/>
        <source>the weekday predicts {weekday_accuracy:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="20"/>
        <source>yesterday predicts only {yesterday_accuracy:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="37"/>
        <source>the text has no away day (“?”) after a confident prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="40"/>
        <source>the text names no dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="48"/>
        <source>Given yesterday&apos;s dinner, the net predicts the next dish of the cycle ({right} of {days} days, at least {confidence:.1%} sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="55"/>
        <source>it predicts the next dish on only {right} of {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="58"/>
        <source>On days you were away, the net rolls its own prediction forward ({right} of {days} away days, at least {confidence:.1%} sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="65"/>
        <source>after an away day it picks the dish after its own guess on only {right} of {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="70"/>
        <source>Every word goes in as a one-hot vector: {one_hot} of {steps} inputs have a single 1 and zeros elsewhere ({blank} unknown days are all zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="80"/>
        <source>{one_hot} of {steps} inputs are one-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="90"/>
        <source>After “Doug saw”, the RNN finds Doug ({p_doug:.0%}) as likely as Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}): it can write “Doug saw Doug.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="97"/>
        <source>the text has no “Doug saw”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="103"/>
        <source>Doug gets only {p_doug:.0%} after “Doug saw”: this net avoids the mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="106"/>
        <source>The RNN&apos;s memory is one step: what it carries into “saw” after Doug and after another name differs by only {difference:.3f}, so it cannot know who saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="113"/>
        <source>the text needs “Doug saw” and another name followed by “saw”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="120"/>
        <source>the two differ by {difference:.2f}: this net remembers more than one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="124"/>
        <source>After “saw” and a name, “saw” ({p_saw:.0%}) is as likely as the period ({p_period:.0%}): run-ons like “Doug saw Jane saw Spot…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="132"/>
        <source>the text has no name after “saw”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="137"/>
        <source>“saw” gets only {p_saw:.0%} after the object: no run-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="141"/>
        <source>Ten votes of 0.8 add up to {unsquashed:.1f} without squashing, but stay at {squashed:.2f} when tanh squashes after each vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="148"/>
        <source>squashed sum {squashed:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="151"/>
        <source>Every tanh-squashed value in this trace stays within −1…1 (largest size {max_abs:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="158"/>
        <source>a squashed value reaches {max_abs:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="161"/>
        <source>Every gate value (σ) lies between 0 and 1 (from {low:.3f} to {high:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="169"/>
        <source>a gate reaches {low:.3f} … {high:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="173"/>
        <source>A signal of 0.8 through valves set to 1, 0.5 and 0 comes out {out_1:.1f}, {out_2:.1f} and {out_3:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="180"/>
        <source>the valves give {out_1}, {out_2}, {out_3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="183"/>
        <source>At every step the new memory is kept memory ⊕ admitted votes, c = f⊙c₋₁ + i⊙g (largest difference {max_error:.1e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="190"/>
        <source>c differs from f⊙c₋₁ + i⊙g by {max_error:.2e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="194"/>
        <source>The prediction is the squashed memory through the selection gate, h = o⊙tanh(c) (largest difference {max_error:.1e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="201"/>
        <source>h differs from o⊙tanh(c) by {max_error:.2e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dinner</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="24"/>
        <source>pizza</source>
        <extracomment>The dishes&apos; names, for lupdate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="24"/>
        <source>sushi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="25"/>
        <source>waffles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="18"/>
        <source>Dinner</source>
        <extracomment>The dinner-days demo starts with you away on days 3, 5 and 6.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="19"/>
        <source>What&apos;s for dinner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="20"/>
        <source>Your roommate cooks every evening, and it is always one of three dishes: pizza, sushi or waffles. You would like to know tonight&apos;s dish before you get home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="23"/>
        <source>The obvious clues — the day of the week, the month, whether your roommate had a late meeting — are no help: a network trained on them guesses about as well as rolling a three-sided die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="27"/>
        <source>The cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="28"/>
        <source>Look at the log instead of the calendar and a pattern appears: pizza, then sushi, then waffles, then pizza again, without fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="30"/>
        <source>A three-day cycle slides past the seven-day week, so every weekday gets every dish equally often. The one thing that predicts tonight is last night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="34"/>
        <source>A network that looks back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="35"/>
        <source>The recurrent network gets two inputs: yesterday&apos;s actual dinner (the new information) and its own prediction for yesterday (the previous prediction). From them it makes today&apos;s prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="38"/>
        <source>Tomorrow, today&apos;s prediction comes back in as “yesterday&apos;s prediction”: that loop, drawn as the dashed arrow, is what makes the network recurrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="44"/>
        <source>Away for a few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="45"/>
        <source>When you were away you do not know what was cooked: the new information is empty (“?”). The network still has its own guess for that day, and predicts the dish after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="48"/>
        <source>Mark days away below. Several in a row, and it keeps rolling its own guesses forward. Away on the very first day, it has nothing to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="55"/>
        <source>Vectors and one-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="56"/>
        <source>A list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="57"/>
        <source>A vector is just a list of numbers in a fixed order. A day&apos;s weather could be: high 24 °C, low 6 °C, wind 21 km/h, 83 % chance of rain — the vector [24, 6, 21, 0.83].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="60"/>
        <source>Position carries the meaning: the first number is always the high, the last always the chance of rain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="63"/>
        <source>One-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="64"/>
        <source>Even “today is Tuesday” is a vector: one position per weekday, Monday to Sunday, a 1 for Tuesday and 0 everywhere else: [0, 1, 0, 0, 0, 0, 0].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="67"/>
        <source>A vector with a single 1 among zeros is called one-hot. It is a very common way to feed categories to a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="70"/>
        <source>Dinners and words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="71"/>
        <source>Pizza is [1, 0, 0] over (pizza, sushi, waffles), and a prediction is a vector of the same length: one score per dish, the largest wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="73"/>
        <source>Words work the same way. With the five words Doug, Jane, Spot, saw and the period, each word is a one-hot vector of five: the new-information strip lights exactly one cell per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="79"/>
        <source>The children&apos;s book with an RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="80"/>
        <source>A very small book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="81"/>
        <source>The book uses five words: Doug, Jane, Spot, saw and the period. All it says is “Doug saw Jane. Jane saw Spot. Spot saw Doug.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="83"/>
        <source>The task: read it word by word and predict the next word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="85"/>
        <source>What a plain RNN learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="86"/>
        <source>A plain recurrent network sees the new word and its previous prediction. It learns the simplest rule that fits: after a name comes “saw” or a period; after “saw” or a period comes a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="91"/>
        <source>Let it write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="92"/>
        <source>Let the network write on its own and count its sentences. Some are right, but it also writes “Doug saw Doug.” and run-ons like “Doug saw Jane saw Spot saw …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="95"/>
        <source>The LSTM of lesson 7, sampled the same way, writes only proper sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="99"/>
        <source>Why: one step of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="100"/>
        <source>At “saw” the network knows only “saw” and its previous prediction, and that prediction looks the same after Doug as after Jane. Who did the seeing is already gone, so every name looks fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="103"/>
        <source>That is a limit of this design, whose only memory is its last prediction; a recurrent net with hidden units of its own can learn this book. To look further back, the LSTM adds a memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="109"/>
        <source>Squashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="110"/>
        <source>Two squashing functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="111"/>
        <source>tanh squeezes any number into −1 … 1: large positive values come out near 1, large negative ones near −1, small ones almost unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="113"/>
        <source>The logistic function σ squeezes into 0 … 1 instead, which is just what a gate needs: 0 shut, 1 open. Drag the marker to read both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="117"/>
        <source>Votes that pile up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="118"/>
        <source>In a recurrent network the same values go round the loop step after step. Added up again and again, a vote grows without limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="120"/>
        <source>Squash after every step and the total stays inside −1 … 1, however many votes come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="125"/>
        <source>Element-wise operations and gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="126"/>
        <source>Element by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="127"/>
        <source>Two vectors of the same length can be combined position by position: ⊕ adds each pair, ⊗ multiplies each pair. The result has the same length again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="131"/>
        <source>A gate is a row of valves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="132"/>
        <source>A gate is a vector of values between 0 and 1. Multiply a signal by it element-wise and each element passes through its own valve: 0.8 through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="135"/>
        <source>Move the valves and watch what gets through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="137"/>
        <source>Gates in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="138"/>
        <source>The LSTM has three ⊗ valves (forgetting, ignoring, selection) and one ⊕, which merges the kept memory with the newly admitted votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="145"/>
        <source>Building the LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="146"/>
        <source>Start from the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="147"/>
        <source>Begin with the recurrent net&apos;s one path: the prediction path reads the new information and the previous prediction and votes for or against each word, squashed by tanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="151"/>
        <source>Memory and forgetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="152"/>
        <source>Add a memory line that carries votes from step to step. The forgetting gate decides, word by word, how much of the old memory to keep; the new votes are added on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="157"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="158"/>
        <source>Not everything in memory should be said at once. The selection gate picks what leaves: the prediction is the squashed memory times the selection gate, h = o ⊙ tanh(c). The rest stays in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="163"/>
        <source>Ignoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="164"/>
        <source>The ignoring gate can set fresh votes aside before they reach memory, so that what does not matter now does not clutter it. In this small net it is always open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="168"/>
        <source>Four small networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="169"/>
        <source>That is the whole cell: four small networks — prediction, ignoring, forgetting, selection — each fed the new information and the previous prediction, tied together by element-wise ⊗ and ⊕.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="177"/>
        <source>“Jane saw Spot. Doug…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="178"/>
        <source>After a full sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="179"/>
        <source>This LSTM is already trained. It has read “Jane saw Spot.”, so its previous prediction is “a name”: Doug, Jane or Spot. Now “Doug” comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="184"/>
        <source>Votes at “Doug”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="185"/>
        <source>The prediction path votes for “saw” and against Doug — “not Doug”, because Doug never sees himself in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="187"/>
        <source>The forgetting gate has just dropped the old names, so memory is empty and both votes pass straight into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="191"/>
        <source>Selection at “Doug”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="192"/>
        <source>The selection gate has learned that after a name comes “saw” or a period. It holds “not Doug” back — it stays in memory — and lets “saw” out: the prediction is “saw”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="197"/>
        <source>Next word: “saw”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="198"/>
        <source>Now “saw” comes in, and the previous prediction was “saw”. The prediction path votes for all three names, Doug included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="201"/>
        <source>Forget “saw”, keep “not Doug”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="202"/>
        <source>Because the last word was “saw”, the forgetting gate drops “saw” from memory but keeps “not Doug”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="206"/>
        <source>Doug cancels out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="207"/>
        <source>The merge adds memory and new votes element by element. On Doug, the kept “not Doug” and the new vote for Doug cancel; Jane and Spot keep their votes. The memory-flow pane shows where each part came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="212"/>
        <source>Jane or Spot, never Doug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="213"/>
        <source>The selection gate lets the names out: the prediction is Jane or Spot, not Doug. That is how the LSTM avoids “Doug saw Doug.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="215"/>
        <source>Try to break it: clamp the forgetting gate open, or edit a weight, and watch these checks turn red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../lstm_sim/controller/commands.py" line="63"/>
        <source>Edit text</source>
        <extracomment>Command ids for mergeWith (QUndoCommand.id): commands of one id may merge. One block edit: (parameter, gate or None, values before, values after).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
