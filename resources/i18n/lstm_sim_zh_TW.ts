<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Exports</source>
        <comment>{0} — step {1} of {2}: “{3}”</comment>
        <translation type="vanished">{0} — 第 {1} 步，共 {2} 步：「{3}」</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>next word: {0}</comment>
        <translation type="vanished">下一個單字：{0}</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>{0}: every unit = {1:g}</comment>
        <translation type="vanished">{0}：每個單元 = {1:g}</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>clamped: {0}</comment>
        <translation type="vanished">已鎖定：{0}</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation type="vanished">課程</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>Lesson {0} · {1}</comment>
        <translation type="vanished">第 {0} 課 · {1}</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>step {0} of {1}</comment>
        <translation type="vanished">第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>LSTM Sim · after Brandon Rohrer&apos;s lesson “How recurrent neural networks and LSTM work”</comment>
        <translation type="vanished">LSTM Sim · 根據 Brandon Rohrer 的課程「How recurrent neural networks and LSTM work」</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>page {0} of {1}</comment>
        <translation type="vanished">第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <source>Exports</source>
        <comment>next word</comment>
        <translation type="vanished">下一個單字</translation>
    </message>
    <message>
        <source>the initial memory</source>
        <extracomment>Two votes cancel when both are at least this large and their sum is at most CANCEL_LEFT of the larger one.</extracomment>
        <translation type="vanished">初始記憶</translation>
    </message>
    <message>
        <source>step {0} “{1}”</source>
        <translation type="vanished">第 {0} 步「{1}」</translation>
    </message>
    <message>
        <source>{0} from {1} cancels {2} from {3}</source>
        <translation type="vanished">{1}的 {0} 抵消了{3}的 {2}</translation>
    </message>
    <message>
        <source>mostly from the initial memory ({0:+.2f})</source>
        <translation type="vanished">主要來自初始記憶（{0:+.2f}）</translation>
    </message>
    <message>
        <source>mostly from step {0} “{1}” ({2:+.2f})</source>
        <translation type="vanished">主要來自第 {0} 步「{1}」（{2:+.2f}）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="58"/>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="59"/>
        <source>Something went wrong: {0}

Your session is still open; please report this with the details below.</source>
        <translation>發生錯誤：{0}

你的工作階段仍保持開啟；請連同下方的詳細資訊回報此問題。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="199"/>
        <source>The {0} translation is missing from this installation.</source>
        <extracomment>Every dock and the area it first opens in. Training, memory flow, lessons and units hold a placeholder until first shown (``LATER``); lessons and units start hidden. Dock → the window&apos;s property that makes its pane the first time the dock is shown. View ▸ Zoom: the whole UI&apos;s type (and the diagram&apos;s), remembered between runs.</extracomment>
        <translation>此安裝缺少 {0} 的翻譯。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/i18n.py" line="23"/>
        <source>No installed font can draw Chinese characters, so they would show as boxes. Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and restart.</source>
        <extracomment>Language code → its name in that language (what the menu shows).</extracomment>
        <translation>沒有已安裝的字型能顯示中文字，文字會顯示成方框。請安裝一種（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）後重新啟動。</translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="58"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="106"/>
        <source>Set every weight of {param} to 0</source>
        <translation>將 {param} 的所有權重設為 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="62"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="107"/>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="63"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="108"/>
        <source>More for {param}</source>
        <translation>{param} 的更多選項</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="64"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="109"/>
        <source>Actions for {param}</source>
        <translation>{param} 的動作</translation>
    </message>
</context>
<context>
    <name>BookSamplerDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="95"/>
        <source>The RNN wrote, for example: {0}</source>
        <translation>RNN 寫出的句子，例如：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="96"/>
        <source>“{0}”</source>
        <translation>「{0}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="107"/>
        <source>Let both write {0} sentences</source>
        <translation>讓兩者各寫 {0} 個句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="108"/>
        <source>the RNN on screen</source>
        <translation>畫面上的 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="108"/>
        <source>the LSTM of lesson 7</source>
        <translation>第 7 課的 LSTM</translation>
    </message>
    <message>
        <source>plain RNN</source>
        <translation type="vanished">一般 RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="vanished">LSTM</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="67"/>
        <source>Zoom level: wheel to zoom, Ctrl+0 or double-click to fit</source>
        <extracomment>Right-click menu on a gate: (gate, unit index or None for all, value or None to free).</extracomment>
        <translation>縮放比例：用滾輪縮放，按 Ctrl+0 或按兩下以符合視窗</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/clamping.py" line="35"/>
        <source>What if {0} were…</source>
        <extracomment>Parts a right-click can clamp: the LSTM&apos;s valves and the GRU&apos;s (each layout has its own).</extracomment>
        <translation>假如 {0} 是…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/clamping.py" line="36"/>
        <source>Clamp open (1)</source>
        <translation>鎖定為全開 (1)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/clamping.py" line="37"/>
        <source>Clamp closed (0)</source>
        <translation>鎖定為全關 (0)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/clamping.py" line="38"/>
        <source>Clamp half open (0.5)</source>
        <translation>鎖定為半開 (0.5)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/clamping.py" line="39"/>
        <source>Free (computed)</source>
        <translation>解除鎖定（照常計算）</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="98"/>
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="103"/>
        <source>broken</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="104"/>
        <source>The lesson:</source>
        <translation>課程的說法：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="105"/>
        <source>This model:</source>
        <translation>這個模型：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="109"/>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="115"/>
        <source>step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="122"/>
        <source>Checked on the live model</source>
        <translation>已在目前的模型上驗證</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="123"/>
        <source>Worked examples (arithmetic, not checks)</source>
        <translation>算例（只是算術，不是驗證）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="105"/>
        <source>RNN or LSTM? The lesson&apos;s point, measured</source>
        <extracomment>How far apart subject and object are (&quot;Doug saw very very Jane.&quot; is distance 2). What the plot and the status line show: &quot;intro&quot;, &quot;results&quot; or &quot;distances&quot;; and whether a run is under way (None, or whether it measures distances).</extracomment>
        <translation>RNN 還是 LSTM？用數字驗證課程的重點</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="106"/>
        <source>Train all three and compare</source>
        <translation>訓練這三個網路並比較</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="107"/>
        <source>Mistakes against distance…</source>
        <translation>錯誤與距離的關係…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="108"/>
        <source>Put 0, 1, 2, 4 and 8 filler words between &apos;saw&apos; and its object (&quot;Doug saw very very Jane.&quot;) and count each net&apos;s mistakes: where the plain RNN breaks and the LSTM holds</source>
        <translation>在 saw 與受詞之間插入 0、1、2、4、8 個填充詞（「Doug saw very very Jane.」），計算每個網路的錯誤：看一般 RNN 在哪裡失效、LSTM 在哪裡撐住</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="137"/>
        <source>Each net is trained on the children&apos;s book with the same seed and number of updates, then writes sentences that are counted.</source>
        <translation>每個網路都以相同的種子和更新次數用童書訓練，接著寫出句子並加以統計。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="111"/>
        <source>hidden</source>
        <translation>隱藏單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="111"/>
        <source>sentences</source>
        <translation>句子數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="111"/>
        <source>grammatical</source>
        <translation>合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="112"/>
        <source>“Doug saw Doug.”</source>
        <translation>「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="112"/>
        <source>run-ons</source>
        <translation>停不下來</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="112"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="190"/>
        <source>lesson&apos;s RNN</source>
        <translation>課程中的 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="190"/>
        <source>plain RNN</source>
        <translation>一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="190"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="201"/>
        <source>The {0} wrote its one sentence grammatically</source>
        <translation>{0} 寫出的唯一一個句子合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="202"/>
        <source>The {0} wrote all {1} sentences grammatically</source>
        <translation>{0} 寫出的 {1} 個句子全都合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="203"/>
        <source>: {0}.</source>
        <translation>：{0}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="203"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="122"/>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="230"/>
        <source>updates</source>
        <translation>更新次數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="123"/>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="231"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="114"/>
        <source>Hidden units (plain RNN, LSTM)</source>
        <translation>隱藏單元（一般 RNN、LSTM）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="114"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="115"/>
        <source>Sentences to sample</source>
        <translation>取樣句子數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="128"/>
        <source>Training three nets for each distance and sampling… (about half a minute)</source>
        <translation>正在為每個距離訓練三個網路並取樣…（約半分鐘）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="129"/>
        <source>Training three nets and sampling… (a few seconds)</source>
        <translation>正在訓練三個網路並取樣…（需要幾秒鐘）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="172"/>
        <source>filler words between &apos;saw&apos; and its object</source>
        <translation>saw 與受詞之間的填充詞數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="173"/>
        <source>fraction of sentences wrong</source>
        <translation>錯誤句子的比例</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="135"/>
        <source>Seed {0}, {1} sentences per net and distance.</source>
        <translation>種子 {0}，每個網路、每個距離取樣 {1} 個句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="196"/>
        <source>The {0} finished no sentence in its samples.</source>
        <translation>{0} 在取樣中沒有寫完任何一個句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="197"/>
        <source>its only memory is its previous prediction</source>
        <translation>它唯一的記憶就是舊預測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="198"/>
        <source>its hidden units carry the subject past &apos;saw&apos;</source>
        <translation>它的隱藏單元能把主詞一路帶過「saw」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="199"/>
        <source>its memory keeps the subject until the object is chosen</source>
        <translation>它的記憶會一直留住主詞，直到選出受詞為止</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="206"/>
        <source>{0} where the object repeats the subject (&quot;Doug saw Doug.&quot;)</source>
        <translation>{0} 個句子的受詞重複了主詞（「Doug saw Doug.」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="208"/>
        <source>1 run-on (&quot;Doug saw Jane saw …&quot;)</source>
        <translation>1 個停不下來的句子（「Doug saw Jane saw …」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="209"/>
        <source>{0} run-ons (&quot;Doug saw Jane saw …&quot;)</source>
        <translation>{0} 個停不下來的句子（「Doug saw Jane saw …」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="211"/>
        <source>1 other slip</source>
        <translation>1 個其他失誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="211"/>
        <source>{0} other slips</source>
        <translation>{0} 個其他失誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="214"/>
        <source>; {0}, which after &apos;saw&apos; (or after a name) looks the same whoever the subject was</source>
        <translation>；{0}，而在「saw」之後（或在名字之後），不論主詞是誰，這個預測看起來都一樣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="216"/>
        <source>The {0} wrote {1} of {2} sentences grammatically, with {3}{4}.</source>
        <translation>{0} 寫出的 {2} 個句子中有 {1} 個合乎文法，另有 {3}{4}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="217"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="239"/>
        <source>for example: {0}</source>
        <translation>例如：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="132"/>
        <source>Seed {0}, {1} updates each, {2} sentences sampled per net.</source>
        <translation>種子 {0}，各更新 {1} 次，每個網路取樣 {2} 個句子。</translation>
    </message>
</context>
<context>
    <name>DinnerDaysDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="110"/>
        <source>day {0} (next)</source>
        <extracomment>The away days changed (one bool per day).</extracomment>
        <translation>第 {0} 天（下一天）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="111"/>
        <source>day {0}</source>
        <translation>第 {0} 天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="113"/>
        <source>away · ?</source>
        <translation>不在家 · ?</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="114"/>
        <source>Click to mark this day away (you never saw dinner)</source>
        <translation>按一下，將這天標為不在家（你沒看到晚餐）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="115"/>
        <source>Click to mark this day at home</source>
        <translation>按一下，將這天標為在家</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="117"/>
        <source>no yesterday yet</source>
        <translation>還沒有昨天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="119"/>
        <source>no idea ({0:.0%} each)</source>
        <translation>毫無頭緒（各 {0:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="128"/>
        <source>Made from its own guess: the evening before you were away</source>
        <translation>根據自己的猜測推出：前一晚你不在家</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="131"/>
        <source>↻ made from the network&apos;s own guess (you were away the evening before): {0} guesses, {1} of them right.</source>
        <translation>↻ 根據網路自己的猜測推出（前一晚你不在家）：共猜了 {0} 次，猜對 {1} 次。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="136"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="136"/>
        <source>what was cooked</source>
        <translation>煮了什麼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="137"/>
        <source>the network&apos;s guess</source>
        <translation>網路的猜測</translation>
    </message>
</context>
<context>
    <name>DistanceDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="127"/>
        <source>“Doug saw very very Jane.”: with 0, 1, 2, 4 and 8 filler words between “saw” and its name, the three nets are trained alike and their sentences counted. Whose mistakes grow first as the gap widens? (About half a minute.)</source>
        <extracomment>The learner asked to run the experiment (the window opens Tools ▸ Compare).</extracomment>
        <translation>「道格看見很很珍。」：在「看見」和它後面的名字之間放進 0、1、2、4、8 個填充字，三個網路用同樣的方式訓練，再統計它們寫出的句子。間隔拉長時，誰的錯誤最先增加？（約需半分鐘。）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="131"/>
        <source>Open Tools ▸ Compare and run it</source>
        <translation>開啟「工具 ▸ 比較」並執行</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="86"/>
        <location filename="../../lstm_sim/controller/documents.py" line="90"/>
        <location filename="../../lstm_sim/controller/documents.py" line="92"/>
        <source>Cannot save to {0}: {1}</source>
        <translation>無法儲存至 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="90"/>
        <source>disk full?</source>
        <translation>磁碟已滿？</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="78"/>
        <source>{0} or {1}</source>
        <extracomment>Paper around the cell, in scene units (pixels at zoom 1). What each export writes, by file suffix. A replay shows each step this long (ms), each sub-step this long, and holds its last frame. More frames or pages than this is a film, not a slide: the export says so instead.</extracomment>
        <translation>{0} 或 {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="79"/>
        <source>{0}: give a {1} file</source>
        <translation>{0}：請指定 {1} 檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="300"/>
        <source>frames</source>
        <translation>個影格</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="321"/>
        <source>pages</source>
        <translation>頁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="362"/>
        <source>{0:,} {1} is too many (at most {2:,}): shorten the text</source>
        <translation>{0:,} {1}太多了（上限是 {2:,}）：請縮短文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/pictures.py" line="63"/>
        <location filename="../../lstm_sim/ui/file_actions.py" line="364"/>
        <source>could not render the image</source>
        <extracomment>The prediction bars: the likeliest word orange, the others grey (as the window draws them).</extracomment>
        <translation>無法繪製圖片</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="209"/>
        <source>{0} — step {1} of {2}: “{3}”</source>
        <translation>{0} — 第 {1} 步，共 {2} 步：「{3}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="214"/>
        <source>next word: {0}</source>
        <translation>下一個單字：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="256"/>
        <source>{0}: every unit = {1:g}</source>
        <translation>{0}：每個單元 = {1:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="259"/>
        <source>clamped: {0}</source>
        <translation>已鎖定：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/exports.py" line="356"/>
        <source>Lesson {0} · {1}</source>
        <translation>第 {0} 課 · {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/handout.py" line="55"/>
        <source>step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/handout.py" line="80"/>
        <source>LSTM Sim · after Brandon Rohrer&apos;s lesson “How recurrent neural networks and LSTM work”</source>
        <translation>LSTM Sim · 根據 Brandon Rohrer 的課程「How recurrent neural networks and LSTM work」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/handout.py" line="82"/>
        <source>page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/export/handout.py" line="134"/>
        <source>next word</source>
        <translation>下一個單字</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="80"/>
        <source>&amp;New from preset</source>
        <translation>從預設範例新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="83"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>開啟最近的檔案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="85"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="86"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="87"/>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="88"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="29"/>
        <source>Diagram as PNG…</source>
        <extracomment>File ▸ Export: (action name, menu text); None is a separator. An action&apos;s name is its export and its suffix (``ui.export``), the trace ones aside.</extracomment>
        <translation>示意圖（PNG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="30"/>
        <source>Diagram as SVG…</source>
        <translation>示意圖（SVG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="31"/>
        <source>Diagram as PDF…</source>
        <translation>示意圖（PDF）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="32"/>
        <source>Heatmaps as PNG…</source>
        <translation>熱圖（PNG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="34"/>
        <source>Replay as animated GIF…</source>
        <translation>重播（GIF 動畫）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="35"/>
        <source>Replay inside the cell as animated GIF…</source>
        <translation>細胞內部的重播（GIF 動畫）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="36"/>
        <source>Handout as PDF (a page per step)…</source>
        <translation>講義（PDF，每步一頁）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="38"/>
        <source>Trace as CSV…</source>
        <translation>運算紀錄（CSV）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="39"/>
        <source>Trace as JSON…</source>
        <translation>運算紀錄（JSON）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="103"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="104"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>「{0}」有尚未儲存的變更。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="106"/>
        <source>Save them before going on?</source>
        <translation>要先儲存再繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="121"/>
        <source>Open session or model</source>
        <translation>開啟工作階段或模型</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="140"/>
        <source>Cannot open this file</source>
        <translation>無法開啟此檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="147"/>
        <source>Opened: {0}</source>
        <translation>已開啟：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="160"/>
        <source>This model&apos;s tokens include spaces, as a character model&apos;s do. How does it read its text?</source>
        <translation>這個模型的詞元裡有空白，就像字元模型那樣。它是怎麼讀文字的？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="167"/>
        <source>the recurrent cell (LSTM or RNN)</source>
        <translation>遞迴單元（LSTM 或 RNN）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="167"/>
        <source>the readout</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="168"/>
        <source>the embedding</source>
        <translation>嵌入層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="169"/>
        <source>none: the inputs are one-hot words</source>
        <translation>沒有：輸入是 one-hot 的單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="170"/>
        <source>(no prefix)</source>
        <translation>（無前綴）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="172"/>
        <source>Two readings fit</source>
        <translation>有兩種解讀都說得通</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="173"/>
        <source>More than one module in this file could be {0}. Which one is it?</source>
        <translation>這個檔案裡不只一個模組可能是{0}。是哪一個？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="181"/>
        <location filename="../../lstm_sim/ui/file_actions.py" line="194"/>
        <source>Choose vocabulary</source>
        <translation>選擇詞彙表</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="182"/>
        <source>This model file has no vocabulary.</source>
        <translation>這個模型檔沒有詞彙表。</translation>
    </message>
    <message>
        <source>Choose the file of tokens it was trained with: one token per line, or a JSON list, in the order of the model&apos;s rows.</source>
        <translation type="vanished">請選擇訓練時用的詞元檔：每行一個詞元，或一個 JSON 清單，順序須與模型的列相同。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="188"/>
        <source>Choose vocabulary…</source>
        <translation>選擇詞彙表…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="195"/>
        <source>Vocabularies (*.txt *.json *.vocab);;All files (*)</source>
        <translation>詞彙表 (*.txt *.json *.vocab);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="201"/>
        <source>Cannot read this vocabulary</source>
        <translation>無法讀取這個詞彙表</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="222"/>
        <source>words (split at spaces and punctuation)</source>
        <translation>單字（在空白與標點處切開）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="223"/>
        <source>characters (every letter, space and newline is a token)</source>
        <translation>字元（每個字母、空白與換行都是一個詞元）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="224"/>
        <source>How is text split?</source>
        <translation>文字要怎麼切分？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="205"/>
        <source>This model reads its text as:</source>
        <translation>這個模型讀入的文字單位是：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="26"/>
        <source>LSTM Sim sessions (*.npz)</source>
        <translation>LSTM Sim 工作階段 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="40"/>
        <source>Sessions and models (*.npz *.safetensors *.pt *.pth);;All files (*)</source>
        <translation>工作階段與模型 (*.npz *.safetensors *.pt *.pth);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="183"/>
        <source>Choose the file of tokens it was trained with: one token per line, or a JSON list, in the order of the model&apos;s rows. pytorch/examples&apos; word_language_model numbers words in the order they first appear in the corpus (not sorted); save that order with json.dump(corpus.dictionary.idx2word, open(&apos;vocab.json&apos;, &apos;w&apos;)).</source>
        <translation>請選擇訓練時用的詞元檔：每行一個詞元，或一個 JSON 清單，順序須與模型的列相同。pytorch/examples 的 word_language_model 依單字在語料中首次出現的順序編號（沒有排序）；可以用 json.dump(corpus.dictionary.idx2word, open(&apos;vocab.json&apos;, &apos;w&apos;)) 存下這個順序。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="211"/>
        <source>tanh (nn.RNN&apos;s default)</source>
        <translation>tanh（nn.RNN 的預設）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="211"/>
        <source>relu (nonlinearity=&apos;relu&apos;, RNN_RELU)</source>
        <translation>relu（nonlinearity=&apos;relu&apos;，RNN_RELU）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="213"/>
        <source>Which squashing?</source>
        <translation>用哪一種擠壓？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="214"/>
        <source>This is a plain RNN, and its file does not say whether it squashes with tanh or relu (the weights look the same). Which was it built with?</source>
        <translation>這是一般 RNN，它的檔案沒有說明是用 tanh 還是 relu 擠壓（兩者的權重看起來一樣）。它是用哪一種建立的？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="234"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="235"/>
        <source>Discard every change since the last save?</source>
        <translation>要捨棄上次儲存之後的所有變更嗎？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="247"/>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="259"/>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="259"/>
        <source>Your changes are still open and unsaved.</source>
        <translation>你的變更仍保留著，但尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="262"/>
        <source>Saved to {0}</source>
        <translation>已儲存至 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="273"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="289"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="291"/>
        <source>Exported {0}</source>
        <translation>已匯出 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="303"/>
        <source>Exporting {0}…</source>
        <translation>正在匯出 {0}…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="303"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="322"/>
        <source>The current session is unchanged.</source>
        <translation>目前的工作階段沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="356"/>
        <source>(no recent files)</source>
        <translation>（沒有最近的檔案）</translation>
    </message>
</context>
<context>
    <name>GateClampBar</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="148"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="177"/>
        <source>Clamp gate:</source>
        <translation>鎖定閘門：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="157"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="179"/>
        <source>free</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="157"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="179"/>
        <source>The gate follows its weights</source>
        <translation>閘門依照權重運作</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="158"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="180"/>
        <source>open 1</source>
        <translation>全開 1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="159"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="180"/>
        <source>Hold every unit of the gate at 1, whatever the weights say</source>
        <translation>不論權重為何，都將閘門的每個單元固定為 1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="160"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="181"/>
        <source>closed 0</source>
        <translation>全關 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="161"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="181"/>
        <source>Hold every unit of the gate at 0, whatever the weights say</source>
        <translation>不論權重為何，都將閘門的每個單元固定為 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="185"/>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="203"/>
        <source>Some units of this gate are clamped (see the locks in the row headers)</source>
        <translation>此閘門有部分單元已鎖定（請看列標題中的鎖頭圖示）</translation>
    </message>
</context>
<context>
    <name>HeatmapPane</name>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="98"/>
        <source>Hover a cell to read its value; click a column to go to that step.</source>
        <extracomment>One row of heatmaps (rather than two) only if each is at least this wide.</extracomment>
        <translation>將游標停在格子上可讀取數值；按一下某一欄可跳到該步。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="101"/>
        <source>gate openness 0…1</source>
        <translation>閘門開度 0…1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="101"/>
        <source>value −1…1</source>
        <translation>數值 −1…1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="104"/>
        <source>clamped at {0:g}</source>
        <translation>鎖定在 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="379"/>
        <source>{path} — unit “{unit}”, step {step} “{word}”: {value:.4f}</source>
        <translation>{path} — 單元「{unit}」，第 {step} 步「{word}」：{value:.4f}</translation>
    </message>
</context>
<context>
    <name>LayerBar</name>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="36"/>
        <source>Layer:</source>
        <translation>層：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="37"/>
        <source>A stacked network: each layer reads the h of the layer below; the first reads the words, the readout reads the last</source>
        <translation>堆疊的網路：每一層讀取它下面那一層的 h；第一層讀取單字，輸出層讀取最上面一層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="48"/>
        <source>reads the embedding</source>
        <translation>讀取嵌入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="48"/>
        <source>reads the words</source>
        <translation>讀取單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="50"/>
        <source>feeds the next-word scores</source>
        <translation>產生下一個單字的分數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="52"/>
        <source>reads layer {0}</source>
        <translation>讀取第 {0} 層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="53"/>
        <source>{0} of {1} — {2}</source>
        <translation>第 {0} 層（共 {1} 層）— {2}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="297"/>
        <source>Lesson {0} · {1}</source>
        <extracomment>Point at a part of the app: (kind, key), see ``scenarios.lessons.HIGHLIGHT_KINDS``. Each shown step first emits (&quot;&quot;, &quot;&quot;) to clear the previous step&apos;s highlights. A step is on screen: (lesson id, 0-based step index). A step asks for a tool of the window: &quot;compare-distance&quot; (Tools ▸ Compare&apos;s distance run). The lesson session that stashes the learner&apos;s work while a lesson is on screen. Called before a lesson first takes over the screen (the window finishes a training run, whose result becomes an undo step of the learner&apos;s session). Nothing asks to save: the learner&apos;s session is stashed, never replaced.</extracomment>
        <translation>第 {0} 課 · {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="300"/>
        <source>step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="310"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="311"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="312"/>
        <source>Previous step (Page Up, Alt+Left)</source>
        <translation>上一步（Page Up、Alt+Left）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="313"/>
        <source>Next step (Page Down, Alt+Right)</source>
        <translation>下一步（Page Down、Alt+Right）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="176"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已開啟&gt;</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="146"/>
        <source>Heatmaps over time</source>
        <translation>隨時間變化的熱圖</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="147"/>
        <source>Memory flow</source>
        <translation>記憶流向</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="148"/>
        <source>Next-word prediction</source>
        <translation>下一個單字的預測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="149"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="150"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="151"/>
        <source>Undo history</source>
        <translation>復原紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="152"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="153"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="161"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="72"/>
        <location filename="../../lstm_sim/ui/menus.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="74"/>
        <location filename="../../lstm_sim/ui/menus.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="76"/>
        <location filename="../../lstm_sim/ui/menus.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="124"/>
        <source>Reset &amp;all weights</source>
        <translation>重設所有權重(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="125"/>
        <source>Free all gate &amp;clamps</source>
        <translation>解除所有閘門鎖定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="163"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="126"/>
        <source>&amp;Fit diagram</source>
        <translation>示意圖符合視窗(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="127"/>
        <source>Step &amp;inside the cell</source>
        <translation>逐步檢視細胞內部(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="171"/>
        <source>Shift+→ / Shift+← walk through one step&apos;s computation</source>
        <translation>Shift+→ / Shift+← 逐段走過一個步驟的運算</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="128"/>
        <source>Next part of the computation</source>
        <translation>運算的下一段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="129"/>
        <source>Previous part of the computation</source>
        <translation>運算的上一段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="164"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="130"/>
        <source>Show the book&apos;s words in &amp;Chinese</source>
        <translation>以中文顯示童書的字詞(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="173"/>
        <source>Label Doug, Jane, Spot, saw and . as 道格, 珍, 小點, 看見 and 。 (you can type either)</source>
        <translation>把 Doug、Jane、Spot、saw 和 . 標示為 道格、珍、小點、看見 和 。（兩種都可以輸入）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="131"/>
        <source>&amp;Animate steps</source>
        <translation>步驟動畫(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="132"/>
        <source>&amp;Dark theme</source>
        <translation>深色主題(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="165"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="139"/>
        <source>&amp;Compare the lesson&apos;s RNN, a plain RNN and the LSTM…</source>
        <translation>比較課程中的 RNN、一般 RNN 與 LSTM(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="166"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="133"/>
        <source>F&amp;ull screen</source>
        <translation>全螢幕(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="134"/>
        <source>Zoom &amp;in (larger type)</source>
        <translation>放大（字變大）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="135"/>
        <source>Zoom &amp;out (smaller type)</source>
        <translation>縮小（字變小）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="136"/>
        <source>&amp;Normal size</source>
        <translation>標準大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="137"/>
        <source>&amp;Reset layout</source>
        <translation>重設版面配置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="138"/>
        <source>&amp;Presentation</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="141"/>
        <source>Start the &amp;lessons</source>
        <translation>開始課程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="142"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="143"/>
        <source>&amp;About LSTM Sim</source>
        <translation>關於 LSTM Sim(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="154"/>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="201"/>
        <source>Play / pause</source>
        <translation>播放 / 暫停</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="202"/>
        <source>Step forward / back</source>
        <translation>前進 / 後退一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="203"/>
        <source>First / last step</source>
        <translation>第一步 / 最後一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="204"/>
        <source>Skip the animation; leave the text field</source>
        <translation>略過動畫；離開文字欄位</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="205"/>
        <source>Fit the diagram</source>
        <translation>讓示意圖符合視窗</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="206"/>
        <source>Larger / smaller / normal type in the whole window</source>
        <translation>整個視窗的字放大 / 縮小 / 恢復標準大小</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="207"/>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="208"/>
        <source>Presentation: the cell, the prediction and the lesson in large type; Page Down / Page Up step, Esc leaves</source>
        <translation>簡報模式：以大字顯示細胞、預測和課程；Page Down / Page Up 前後移動一步，Esc 離開</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="210"/>
        <source>Undo / redo</source>
        <translation>復原 / 重做</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="211"/>
        <source>Open / save a session</source>
        <translation>開啟 / 儲存工作階段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="212"/>
        <source>in a weight table</source>
        <translation>在權重表格中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="213"/>
        <source>type a number, drag up/down (Shift: fine), + / −</source>
        <translation>輸入數字、上下拖曳（Shift：微調）、+ / −</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="214"/>
        <source>right-click a gate</source>
        <translation>在閘門上按右鍵</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="215"/>
        <source>clamp it open, closed or free</source>
        <translation>將它鎖定為全開、全關或解除鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="216"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="51"/>
        <source>A model opened from a file.</source>
        <translation>從檔案開啟的模型。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="54"/>
        <source>Vocabulary:</source>
        <translation>字彙：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="55"/>
        <source>Click a path box in the diagram to edit its weights; right-click a gate to clamp it.</source>
        <translation>按一下示意圖中的路徑方塊即可編輯其權重；在閘門上按右鍵即可鎖定它。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="45"/>
        <source>… ({0:,} words in all)</source>
        <extracomment>Two votes cancel when both are at least this large and their sum is at most CANCEL_LEFT of the larger one.</extracomment>
        <translation>…（共 {0:,} 個單字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training_presenter.py" line="51"/>
        <source>your text</source>
        <translation>你的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="68"/>
        <source>new information · xₜ: layer {0}&apos;s h</source>
        <translation>新資訊 · xₜ：第 {0} 層的 h</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="70"/>
        <source>new information · xₜ: “{0}” embedded</source>
        <translation>新資訊 · xₜ：「{0}」的嵌入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="106"/>
        <source>mostly from the initial memory ({0:+.2f})</source>
        <translation>主要來自初始記憶（{0:+.2f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="108"/>
        <source>mostly from step {0} “{1}” ({2:+.2f})</source>
        <translation>主要來自第 {0} 步「{1}」（{2:+.2f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="225"/>
        <source>About LSTM Sim</source>
        <translation>關於 LSTM Sim</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="227"/>
        <source>See inside an LSTM cell: step a sentence through it, watch every vector change, edit any weight or clamp a gate and see the effect at once.</source>
        <translation>看看 LSTM 細胞的內部：讓句子一步步通過它，觀察每個向量的變化；編輯任何權重或鎖定閘門，立刻看到效果。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/menus.py" line="230"/>
        <source>Based on Brandon Rohrer&apos;s lesson “How recurrent neural networks and LSTM work”.</source>
        <translation>根據 Brandon Rohrer 的課程「How recurrent neural networks and LSTM work」（循環神經網路與 LSTM 的運作原理）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="90"/>
        <source>the initial memory</source>
        <translation>初始記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="91"/>
        <source>step {0} “{1}”</source>
        <translation>第 {0} 步「{1}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/view_data.py" line="103"/>
        <source>{0} from {1} cancels {2} from {3}</source>
        <translation>{1}的 {0} 抵消了{3}的 {2}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="20"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="21"/>
        <source>{file}: field &apos;{field}&apos;: {problem}</source>
        <translation>{file}：欄位 &apos;{field}&apos;：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="22"/>
        <source>field &apos;{field}&apos;: {problem}</source>
        <translation>欄位 &apos;{field}&apos;：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="24"/>
        <source>(no prefix)</source>
        <translation>（無前綴）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="25"/>
        <source>nothing</source>
        <translation>沒有任何模組</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="26"/>
        <source>it</source>
        <translation>它</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="27"/>
        <source>… ({count} words)</source>
        <translation>…（共 {count} 個單字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="28"/>
        <source>an array {shape}</source>
        <translation>一個陣列 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="29"/>
        <source>a dict of {count}</source>
        <translation>一個含 {count} 項的 dict</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="30"/>
        <source>a {type}</source>
        <translation>一個 {type}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="31"/>
        <source>&apos;{entry}&apos; ({what})</source>
        <translation>&apos;{entry}&apos;（{what}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="32"/>
        <source>&apos;{later}&apos; is &apos;{first}&apos;</source>
        <translation>&apos;{later}&apos; 就是 &apos;{first}&apos;</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="33"/>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="34"/>
        <source>it is a folder</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="35"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="37"/>
        <source>no such file</source>
        <translation>沒有這個檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="38"/>
        <source>cannot read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="39"/>
        <source>not a model file: neither .npz (a zip archive), .safetensors nor a torch.save file</source>
        <translation>不是模型檔：既不是 .npz（zip 壓縮檔）、.safetensors，也不是 torch.save 存的檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="41"/>
        <source>unreadable (holds Python objects, which are never loaded)</source>
        <translation>無法讀取（裡面有 Python 物件，本程式絕不載入這種物件）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="42"/>
        <source>unreadable ({detail})</source>
        <translation>無法讀取（{detail}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="43"/>
        <source>a .safetensors file, and the &apos;safetensors&apos; package is not installed (pip install safetensors)</source>
        <translation>這是 .safetensors 檔，但沒有安裝「safetensors」套件（pip install safetensors）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="45"/>
        <source>unreadable safetensors file (holds bfloat16 tensors, which NumPy cannot read; save them as float32: {{k: v.float() for k, v in state_dict.items()}})</source>
        <translation>無法讀取的 safetensors 檔（裡面有 NumPy 無法讀取的 bfloat16 張量；請改存成 float32：{{k: v.float() for k, v in state_dict.items()}}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="48"/>
        <source>unreadable safetensors file ({detail})</source>
        <translation>無法讀取的 safetensors 檔（{detail}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="49"/>
        <source>a tensor with a reserved name; put it in the metadata</source>
        <translation>張量用了保留的名稱；請把它放進中繼資料</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="50"/>
        <source>a tensor with a reserved name</source>
        <translation>張量用了保留的名稱</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="51"/>
        <source>must be a JSON object</source>
        <translation>必須是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="52"/>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="53"/>
        <source>must be a list of strings</source>
        <translation>必須是字串清單</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="54"/>
        <source>its indices are not 0…{last}</source>
        <translation>它的索引不是 0…{last}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="56"/>
        <source>holds a {type}, not a state dict, a checkpoint or a module</source>
        <translation>裡面是一個 {type}，不是 state dict、檢查點或模組</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="57"/>
        <source>a dict with no model weights in it: no entry holds a state dict with a recurrent cell (a key ending in &apos;weight_ih_l0&apos;); its entries: {entries}</source>
        <translation>這個 dict 裡沒有模型權重：沒有任何一項是含遞迴細胞的 state dict（鍵名以 &apos;weight_ih_l0&apos; 結尾）；它的項目：{entries}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="60"/>
        <source>two entries hold model weights: {entries}; save the one you mean alone</source>
        <translation>有兩項都存著模型權重：{entries}；請只存你要的那一個</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="62"/>
        <source>holds arrays beside the model&apos;s weights in &apos;{entry}&apos; ({what}); they could be part of the model, so nothing is guessed</source>
        <translation>在 &apos;{entry}&apos; 裡的模型權重旁邊還有陣列（{what}）；它們可能是模型的一部分，所以不做任何猜測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="65"/>
        <source>holds arrays beside the model&apos;s weights ({what}); they could be part of the model, so nothing is guessed</source>
        <translation>模型權重旁邊還有陣列（{what}）；它們可能是模型的一部分，所以不做任何猜測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="67"/>
        <source>&apos;{module}&apos; is a {leaf} ({cls}), which changes the computation between the embedding, the cell and the readout; this program models those parts only, so it cannot open this model without showing wrong numbers</source>
        <translation>&apos;{module}&apos; 是 {leaf}（{cls}），它會改變嵌入層、細胞與輸出層之間的計算；本程式只模擬這幾個部分，因此無法在不顯示錯誤數字的情況下開啟這個模型</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="72"/>
        <source>the module says both tanh and relu (its nonlinearity and rnn_type disagree)</source>
        <translation>這個模組同時說是 tanh 和 relu（它的 nonlinearity 與 rnn_type 互相矛盾）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="75"/>
        <source>torch._utils.{name}: sparse, quantized, nested and other special tensors are not supported</source>
        <translation>torch._utils.{name}：不支援稀疏、量化、巢狀及其他特殊張量</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="77"/>
        <source>the file asks to run {what}; it is never run</source>
        <translation>檔案要求執行 {what}；本程式絕不執行</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="78"/>
        <source>the file asks to rebuild a tensor with {what}; it is never run</source>
        <translation>檔案要求用 {what} 重建張量；本程式絕不執行</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="79"/>
        <source>the file asks to create {what}; it is never created</source>
        <translation>檔案要求建立 {what}；本程式絕不建立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="80"/>
        <source>the file asks to run _codecs.encode on a non-text; it is never run</source>
        <translation>檔案要求對非文字執行 _codecs.encode；本程式絕不執行</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="82"/>
        <source>the file asks to rebuild {what} as a NumPy array; it is never run</source>
        <translation>檔案要求把 {what} 重建成 NumPy 陣列；本程式絕不執行</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="84"/>
        <source>the file asks for a NumPy dtype {name} holding objects; never made</source>
        <translation>檔案要求一個存放物件的 NumPy dtype {name}；本程式絕不建立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="86"/>
        <source>the file asks to call {what}; it is never called</source>
        <translation>檔案要求呼叫 {what}；本程式絕不呼叫</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="87"/>
        <source>a tensor&apos;s storage is not a storage</source>
        <translation>張量的儲存區不是儲存區</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="88"/>
        <source>a tensor has an impossible shape {size} / stride {stride}</source>
        <translation>張量的形狀 {size} / 步幅 {stride} 不可能成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="90"/>
        <source>a tensor reaches past the end of its storage</source>
        <translation>張量超出了它的儲存區的結尾</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="91"/>
        <source>unknown dtype {dtype}</source>
        <translation>未知的 dtype {dtype}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="92"/>
        <source>a NumPy array in the file that is not plain numbers</source>
        <translation>檔案裡有一個不是單純數字的 NumPy 陣列</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="93"/>
        <source>a NumPy array in the file is shorter than its shape</source>
        <translation>檔案裡有一個 NumPy 陣列比它的形狀短</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="94"/>
        <source>a NumPy number in the file that is not a plain number</source>
        <translation>檔案裡有一個不是單純數字的 NumPy 數值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="95"/>
        <source>unexpected persistent id {pid}</source>
        <translation>意外的 persistent id {pid}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="96"/>
        <source>unknown dtype: storage type {type}</source>
        <translation>未知的 dtype：儲存區型別 {type}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="97"/>
        <source>storage {key} is read as two different dtypes</source>
        <translation>儲存區 {key} 被讀成兩種不同的 dtype</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="98"/>
        <source>damaged pickle: call arguments are not a tuple</source>
        <translation>損壞的 pickle：呼叫引數不是 tuple</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="99"/>
        <source>storage {key} is shorter than its {count} elements</source>
        <translation>儲存區 {key} 短於它的 {count} 個元素</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="100"/>
        <source>cannot read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="101"/>
        <source>the pre-1.0 tar layout of torch.save is not supported</source>
        <translation>不支援 torch.save 在 1.0 版之前的 tar 格式</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="102"/>
        <source>{name} is damaged or not a torch file ({detail})</source>
        <translation>{name} 已損壞或不是 torch 檔案（{detail}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="103"/>
        <source>a damaged zip file ({detail})</source>
        <translation>損壞的 zip 檔（{detail}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="104"/>
        <source>a TorchScript archive (torch.jit.save): its weights are in the archive but its structure is code; save model.state_dict() with torch.save where the model is defined</source>
        <translation>這是 TorchScript 封存檔（torch.jit.save）：它的權重在封存檔裡，但結構是程式碼；請在定義模型的地方用 torch.save 存下 model.state_dict()</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="107"/>
        <source>a zip file, but not one written by torch.save (no data.pkl)</source>
        <translation>這是 zip 檔，但不是 torch.save 寫的（沒有 data.pkl）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="108"/>
        <source>unknown byte order {mark}</source>
        <translation>未知的位元組順序 {mark}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="109"/>
        <source>the file lacks the storage entry {name}</source>
        <translation>檔案缺少儲存區項目 {name}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="110"/>
        <source>not a torch file (neither a zip nor a torch pickle)</source>
        <translation>不是 torch 檔案（既不是 zip，也不是 torch 的 pickle）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="111"/>
        <source>not a torch file (no torch magic number)</source>
        <translation>不是 torch 檔案（沒有 torch 的魔術數字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="112"/>
        <source>an unsupported legacy torch protocol version</source>
        <translation>不支援的舊版 torch 協定版本</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="113"/>
        <source>the file is truncated inside storage {key}</source>
        <translation>檔案在儲存區 {key} 內被截斷</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="114"/>
        <source>the file lacks storage {key}</source>
        <translation>檔案缺少儲存區 {key}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="116"/>
        <source>a weight-drop raw weight beside &apos;{target}&apos;; which one is the model&apos;s cannot be told</source>
        <translation>&apos;{target}&apos; 旁邊還有一個 weight drop 的原始權重；無法判斷哪一個才是模型的</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="118"/>
        <source>no recurrent module &apos;{cell}&apos; (no &apos;{ih}&apos; and &apos;{hh}&apos;); the file has: {found}</source>
        <translation>沒有遞迴模組 &apos;{cell}&apos;（沒有 &apos;{ih}&apos; 與 &apos;{hh}&apos;）；檔案裡有：{found}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="120"/>
        <source>missing, but &apos;{present}&apos; is there</source>
        <translation>缺少，但 &apos;{present}&apos; 在</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="121"/>
        <source>missing: neither an LSTM Sim model nor a torch LSTM/RNN state dict (no key ending in &apos;weight_ih_l0&apos;)</source>
        <translation>缺少：既不是 LSTM Sim 模型，也不是 torch 的 LSTM/RNN state dict（沒有以 &apos;weight_ih_l0&apos; 結尾的鍵）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="123"/>
        <source>two readings fit: the recurrent module could be {fits}; name it (parts={{&apos;cell&apos;: ...}}, or --cell-name in the CLI)</source>
        <translation>有兩種讀法都說得通：遞迴模組可能是 {fits}；請指名（parts={{&apos;cell&apos;: ...}}，或在命令列用 --cell-name）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="125"/>
        <source>shape {shape} is neither an LSTM&apos;s (4H×H), a GRU&apos;s (3H×H) nor a plain RNN&apos;s (H×H)</source>
        <translation>形狀 {shape} 既不是 LSTM 的（4H×H）、GRU 的（3H×H），也不是一般 RNN 的（H×H）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="127"/>
        <source>no readout &apos;{readout}&apos; (no 2-D &apos;{weight}&apos;); the file has: {found}</source>
        <translation>沒有輸出層 &apos;{readout}&apos;（沒有 2 維的 &apos;{weight}&apos;）；檔案裡有：{found}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="129"/>
        <source>two readings fit: the readout (a {inputs}-input nn.Linear after &apos;{cell}&apos;) could be {fits}; name it (parts={{&apos;readout&apos;: ...}}, or --readout in the CLI)</source>
        <translation>有兩種讀法都說得通：輸出層（&apos;{cell}&apos; 之後一個有 {inputs} 個輸入的 nn.Linear）可能是 {fits}；請指名（parts={{&apos;readout&apos;: ...}}，或在命令列用 --readout）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="132"/>
        <source>missing: no nn.Linear after &apos;{cell}&apos; (a 2-D &apos;&lt;name&gt;.weight&apos; with {inputs} columns)</source>
        <translation>缺少：&apos;{cell}&apos; 之後沒有 nn.Linear（一個有 {inputs} 欄的 2 維 &apos;&lt;name&gt;.weight&apos;）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="134"/>
        <source>no readout takes the cell&apos;s {inputs} outputs: none of {found} has {inputs} columns</source>
        <translation>沒有輸出層接受細胞的 {inputs} 個輸出：{found} 都沒有 {inputs} 欄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="136"/>
        <source>no embedding &apos;{embedding}&apos; (no 2-D &apos;{weight}&apos;); the file has: {found}</source>
        <translation>沒有嵌入層 &apos;{embedding}&apos;（沒有 2 維的 &apos;{weight}&apos;）；檔案裡有：{found}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="138"/>
        <source>two readings fit: the embedding (a table of {width}-wide rows before &apos;{cell}&apos;) could be {fits}; name it (parts={{&apos;embedding&apos;: ...}}, or --embedding in the CLI)</source>
        <translation>有兩種讀法都說得通：嵌入層（&apos;{cell}&apos; 之前一張每列 {width} 寬的表）可能是 {fits}；請指名（parts={{&apos;embedding&apos;: ...}}，或在命令列用 --embedding）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="141"/>
        <source>two readings fit: the inputs could be one-hot words, or &apos;{table}&apos; ({words}×{width}) could be an embedding; say which (parts={{&apos;embedding&apos;: ...}}, or --embedding {table} / --embedding {none} in the CLI)</source>
        <translation>有兩種讀法都說得通：輸入可能是 one-hot 的單字，也可能 &apos;{table}&apos;（{words}×{width}）是嵌入層；請說明是哪一種（parts={{&apos;embedding&apos;: ...}}，或在命令列用 --embedding {table} / --embedding {none}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="146"/>
        <source>an LSTM with a projection; proj_size &gt; 0 is not supported</source>
        <translation>有投影的 LSTM；不支援 proj_size &gt; 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="147"/>
        <source>a bidirectional network (keys ending in &apos;_reverse&apos;); a next-token model cannot look ahead; not supported</source>
        <translation>雙向網路（鍵名以 &apos;_reverse&apos; 結尾）；預測下一個詞元的模型不能往後看；不支援</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="149"/>
        <source>not part of a {network}; {reason}</source>
        <translation>不屬於{network}；{reason}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="150"/>
        <source>not part of a {network} (as wide as the cell&apos;s input it could be an embedding, but it has {rows} rows for {words} words); {reason}</source>
        <translation>不屬於{network}（它和細胞的輸入一樣寬，可能是嵌入層，但它有 {rows} 列，單字卻有 {words} 個）；{reason}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="153"/>
        <source>one-layer {kind} with a readout</source>
        <translation>有輸出層的單層 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="154"/>
        <source>one-layer {kind} with a readout and an embedding</source>
        <translation>有輸出層與嵌入層的單層 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="155"/>
        <source>{layers}-layer {kind} with a readout</source>
        <translation>有輸出層的 {layers} 層 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="156"/>
        <source>{layers}-layer {kind} with a readout and an embedding</source>
        <translation>有輸出層與嵌入層的 {layers} 層 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="157"/>
        <source>{what}; this program models embedding → cell → readout only, and opening the file without it would show numbers that are not your model&apos;s, so it is not opened</source>
        <translation>{what}；本程式只模擬嵌入層 → 細胞 → 輸出層，少了它而開啟檔案，顯示的數字就不是你的模型的，所以不開啟</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="160"/>
        <source>{name} looks like a batch norm (nn.BatchNorm: running mean and variance), which rescales values</source>
        <translation>{name} 看起來是批次正規化（nn.BatchNorm：移動平均與變異數），它會重新縮放數值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="162"/>
        <source>{name} looks like a layer norm (nn.LayerNorm: a weight and a bias of {size} values), which re-centres and rescales h before it is used</source>
        <translation>{name} 看起來是層正規化（nn.LayerNorm：各 {size} 個值的權重與偏差），它會在 h 被使用之前重新置中並縮放</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="165"/>
        <source>{name} looks like another linear layer or projection ({rows}×{columns})</source>
        <translation>{name} 看起來是另一個線性層或投影（{rows}×{columns}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="167"/>
        <source>{name} is an array the cell and the readout have no use for</source>
        <translation>{name} 是細胞與輸出層都用不到的陣列</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="169"/>
        <source>unknown version {version}; this program reads version {supported}</source>
        <translation>未知的版本 {version}；本程式讀取的是第 {supported} 版</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="171"/>
        <source>must be one of {allowed}</source>
        <translation>必須是 {allowed} 之一</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="172"/>
        <source>must be one of {allowed}, not {value}</source>
        <translation>必須是 {allowed} 之一，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="173"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="174"/>
        <source>missing, but &apos;{present}&apos; is there (a cell has both biases or neither)</source>
        <translation>缺少，但 &apos;{present}&apos; 在（細胞的兩個偏差要嘛都有，要嘛都沒有）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="176"/>
        <source>must hold numbers, found dtype {dtype}</source>
        <translation>必須存放數字，卻是 dtype {dtype}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="177"/>
        <source>contains NaN or infinite values</source>
        <translation>含有 NaN 或無限大的值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="178"/>
        <source>must be a 2-D matrix</source>
        <translation>必須是 2 維矩陣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="179"/>
        <source>has {rows} rows; an {kind} needs a positive multiple of {paths}</source>
        <translation>有 {rows} 列；{kind} 需要 {paths} 的正整數倍</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="180"/>
        <source>has shape {shape}; an {kind} layer needs a positive multiple of {paths} rows</source>
        <translation>形狀是 {shape}；{kind} 的層需要 {paths} 的正整數倍列</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="182"/>
        <source>has no columns or rows: a model needs at least one word</source>
        <translation>沒有任何欄或列：模型至少需要一個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="183"/>
        <source>shape {shape}, expected {expected}</source>
        <translation>形狀是 {shape}，應為 {expected}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="184"/>
        <source>must be a 1-D array of words</source>
        <translation>必須是 1 維的單字陣列</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="185"/>
        <source>the file has its own vocabulary and the one given disagrees ({difference}); leave the vocabulary out to use the file&apos;s, or fix the file</source>
        <translation>檔案有自己的詞彙表，和提供的詞彙表不一致（{difference}）；不提供詞彙表就會使用檔案裡的，或者修正檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="188"/>
        <source>it has {own} tokens, the one given {given}</source>
        <translation>它有 {own} 個詞元，提供的有 {given} 個</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="189"/>
        <source>token {number} is {own} in the file, {given} in the one given</source>
        <translation>第 {number} 個詞元在檔案裡是 {own}，在提供的詞彙表裡是 {given}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="191"/>
        <source>missing: the file does not hold the vocabulary it was trained on; give it, in the order of the model&apos;s rows: one token per line, or a JSON list (pytorch/examples&apos; word_language_model numbers words in the order they first appear in the corpus, not sorted: json.dump(corpus.dictionary.idx2word, open(&apos;vocab.json&apos;, &apos;w&apos;)))</source>
        <translation>缺少：檔案裡沒有訓練時用的詞彙表；請依模型的列的順序提供：每行一個詞元，或一個 JSON 清單（pytorch/examples 的 word_language_model 依單字在語料中首次出現的順序編號，沒有排序：json.dump(corpus.dictionary.idx2word, open(&apos;vocab.json&apos;, &apos;w&apos;))）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="197"/>
        <source>has whitespace tokens ({tokens}) as a character model&apos;s vocabulary does; open it with the characters tokenizer (--tokens chars)</source>
        <translation>有空白詞元（{tokens}），就像字元模型的詞彙表那樣；請用字元分詞方式開啟（--tokens chars）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="200"/>
        <source>token {number} is empty; a file with one token per line cannot hold a newline token (a character model&apos;s &apos;\n&apos;): give the vocabulary as a JSON list instead (json.dump(tokens, open(&apos;vocab.json&apos;, &apos;w&apos;)))</source>
        <translation>第 {number} 個詞元是空的；每行一個詞元的檔案無法存放換行詞元（字元模型的 &apos;\n&apos;）：請改用 JSON 清單提供詞彙表（json.dump(tokens, open(&apos;vocab.json&apos;, &apos;w&apos;))）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="204"/>
        <source>words must be without surrounding spaces (a character model&apos;s tokens may be spaces: open it with the characters tokenizer, --tokens chars)</source>
        <translation>單字前後不能有空白（字元模型的詞元可以是空白：請用字元分詞方式開啟，--tokens chars）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="207"/>
        <source>words must be unique; {word} is there twice</source>
        <translation>單字不能重複；{word} 出現了兩次</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="208"/>
        <source>has {count} words but the readout has {outputs} outputs</source>
        <translation>有 {count} 個單字，但輸出層有 {outputs} 個輸出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="209"/>
        <source>has {rows} rows (tokens) but the vocabulary has {words} words</source>
        <translation>有 {rows} 列（詞元），但詞彙表有 {words} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="210"/>
        <source>takes {inputs} inputs but the vocabulary has {words} words</source>
        <translation>接受 {inputs} 個輸入，但詞彙表有 {words} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="211"/>
        <source>only a plain RNN can use relu; this is an {kind}</source>
        <translation>只有一般 RNN 能用 relu；這是 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="212"/>
        <source>the file says {said}, but {given} was asked for; they disagree, so nothing is guessed</source>
        <translation>檔案說是 {said}，但要求的是 {given}；兩者不一致，所以不做任何猜測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="214"/>
        <source>unknown: this is a plain nn.RNN, whose state dict is the same for tanh and relu; say which it was built with (nn.RNN(..., nonlinearity=...); --nonlinearity tanh|relu in the CLI)</source>
        <translation>不明：這是一般的 nn.RNN，它的 state dict 在 tanh 與 relu 下完全一樣；請說明它是用哪一種建立的（nn.RNN(..., nonlinearity=...)；在命令列用 --nonlinearity tanh|relu）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="219"/>
        <source>{count} clamp sets for a {layers}-layer model</source>
        <translation>{layers} 層的模型卻有 {count} 組鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="220"/>
        <source>a {layers}-layer model needs a list with one clamp set per layer</source>
        <translation>{layers} 層的模型需要一個清單，每層一組鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="222"/>
        <source>clamps for gate &apos;{gate}&apos; must be a list of {units} values (null = free)</source>
        <translation>閘門 &apos;{gate}&apos; 的鎖定必須是 {units} 個值的清單（null = 不鎖定）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="224"/>
        <source>clamps for gate &apos;{gate}&apos; have {count} values; the cell has {units} units</source>
        <translation>閘門 &apos;{gate}&apos; 的鎖定有 {count} 個值；細胞有 {units} 個單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="226"/>
        <source>clamp {gate}[{unit}] must be a number in [0, 1] or null, not {value}</source>
        <translation>鎖定 {gate}[{unit}] 必須是 [0, 1] 之間的數字或 null，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="228"/>
        <source>clamp {gate}[{unit}] = {value} is outside [0, 1]</source>
        <translation>鎖定 {gate}[{unit}] = {value} 超出 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="229"/>
        <source>clamps must map gate names ({gates}) to lists of values</source>
        <translation>鎖定必須把閘門名稱（{gates}）對應到數值清單</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="230"/>
        <source>a plain RNN has no gates to clamp</source>
        <translation>一般 RNN 沒有可鎖定的閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="231"/>
        <source>cannot clamp gate {gate}: only {gates} are gates</source>
        <translation>無法鎖定閘門 {gate}：只有 {gates} 是閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="233"/>
        <source>the weights are the checkpoint&apos;s &apos;{entry}&apos;</source>
        <translation>權重是檢查點的 &apos;{entry}&apos;</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="234"/>
        <source>set aside as training state: {entries}</source>
        <translation>當作訓練狀態擱在一旁：{entries}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="235"/>
        <source>tied weights: {pairs}</source>
        <translation>共用的權重：{pairs}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="236"/>
        <source>a whole pickled module ({cls}) read as data; none of its code was run</source>
        <translation>整個 pickle 起來的模組（{cls}）被當作資料讀取；它的程式碼一行也沒有執行</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="238"/>
        <source>&apos;{module}&apos; ({cls}) has no weights; it is taken to act in training only</source>
        <translation>&apos;{module}&apos;（{cls}）沒有權重；視為只在訓練時起作用</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="240"/>
        <source>&apos;{key}&apos; read as the recurrent weight (weight drop applies in training only)</source>
        <translation>&apos;{key}&apos; 被讀作遞迴權重（weight drop 只在訓練時作用）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="242"/>
        <source>&apos;{module}&apos; read as one cell run step by step (nn.LSTMCell/nn.RNNCell)</source>
        <translation>&apos;{module}&apos; 被讀作逐步執行的單一細胞（nn.LSTMCell/nn.RNNCell）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="244"/>
        <source>{cells} read as the layers of one stack, in that order</source>
        <translation>{cells} 依這個順序被讀作同一個堆疊的各層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="245"/>
        <source>{cells} read as the layers of one stack of {sizes} units, in that order</source>
        <translation>{cells} 依這個順序被讀作同一個 {sizes} 個單元的堆疊的各層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="248"/>
        <source>{file}: cannot read the vocabulary ({reason})</source>
        <translation>{file}：無法讀取詞彙表（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="249"/>
        <source>{file}: not a JSON list of tokens ({detail})</source>
        <translation>{file}：不是詞元的 JSON 清單（{detail}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="250"/>
        <source>{file}: a JSON vocabulary must be a list of strings</source>
        <translation>{file}：JSON 詞彙表必須是字串清單</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="251"/>
        <source>a vocabulary needs at least one word and no duplicates</source>
        <translation>詞彙表至少要有一個單字，而且不能重複</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="252"/>
        <source>vocabulary words must be non-empty strings</source>
        <translation>詞彙表的單字必須是非空字串</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="253"/>
        <source>vocabulary words must not begin or end with spaces: {words}</source>
        <translation>詞彙表的單字前後不能有空白：{words}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="255"/>
        <source>unknown word &quot;{word}&quot;; the vocabulary is: {known}</source>
        <translation>未知的單字「{word}」；詞彙表是：{known}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="256"/>
        <source>unknown word &quot;{word}&quot;; the vocabulary is: {known} (&quot;{blank}&quot; marks an unknown day)</source>
        <translation>未知的單字「{word}」；詞彙表是：{known}（「{blank}」代表不知道的日子）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="259"/>
        <source>unknown corpus {name}: use book, dinner, or a text</source>
        <translation>未知的語料 {name}：請用 book、dinner 或一段文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="260"/>
        <source>{name} has {count:,} tokens; at most {limit:,} can be trained on here</source>
        <translation>{name}有 {count:,} 個詞元；這裡最多只能用 {limit:,} 個來訓練</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="262"/>
        <source>{name} needs at least two different words to learn what follows what (it has {count} word)</source>
        <translation>{name}至少需要兩個不同的單字，才能學到什麼後面接什麼（它只有 {count} 個單字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="264"/>
        <source>{name} needs at least two different words to learn what follows what (it has {count} words)</source>
        <translation>{name}至少需要兩個不同的單字，才能學到什麼後面接什麼（它共有 {count} 個單字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="266"/>
        <source>{name} has {count} different words; the views can show at most {limit}. Use a shorter text or one with fewer distinct words</source>
        <translation>{name}有 {count} 個不同的單字；畫面最多只能顯示 {limit} 個。請用短一點的文字，或不同單字少一點的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="269"/>
        <source>hidden size must be between 1 and {limit}</source>
        <translation>隱藏單元數必須介於 1 到 {limit} 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="270"/>
        <source>epochs must be between 1 and {limit:,}</source>
        <translation>訓練輪數必須介於 1 到 {limit:,} 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="271"/>
        <source>sequence length must be between 1 and {limit:,}</source>
        <translation>序列長度必須介於 1 到 {limit:,} 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="272"/>
        <source>learning rate must be a number in (0, 10]</source>
        <translation>學習率必須是 (0, 10] 之間的數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="273"/>
        <source>loss became {loss} at step {step} (epoch {epoch}); the last finite weights were kept. Try a lower learning rate.</source>
        <translation>損失在第 {step} 步（第 {epoch} 輪）變成了 {loss}；已保留最後一組有限的權重。請試試較低的學習率。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/messages.py" line="275"/>
        <source>weights became non-finite at step {step} (epoch {epoch}); the last finite weights were kept. Try a lower learning rate.</source>
        <translation>權重在第 {step} 步（第 {epoch} 輪）變成了非有限值；已保留最後一組有限的權重。請試試較低的學習率。</translation>
    </message>
</context>
<context>
    <name>PredictionsPane</name>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="69"/>
        <source>probability</source>
        <extracomment>Probabilities are never negative, so the bars avoid the blue that means &quot;negative&quot; everywhere else: the top word (and every word tied with it) orange, the rest grey.</extracomment>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="73"/>
        <source>next word</source>
        <translation>下一個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="74"/>
        <source>next word: the {0} most likely of {1:,}</source>
        <translation>下一個單字：{1:,} 個之中最可能的 {0} 個</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="86"/>
        <location filename="../../lstm_sim/ui/predictions.py" line="88"/>
        <source>next word after “{0}”</source>
        <translation>下一個單字，前文：“{0}”</translation>
    </message>
</context>
<context>
    <name>ProvenancePane</name>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="73"/>
        <source>Hover a cell: how much of that unit&apos;s memory this step wrote.</source>
        <translation>將游標停在格子上：查看這一步為該單元寫入了多少記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="78"/>
        <source>A plain RNN has no memory line: nothing to unroll</source>
        <translation>一般 RNN 沒有記憶線：沒有可展開的內容</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="144"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="146"/>
        <source>Where memory cₜ at step {0} (“{1}”) came from</source>
        <translation>第 {0} 步（「{1}」）的記憶 cₜ 從何而來</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="186"/>
        <source>memory unit {0}: {1} wrote {2:+.3f} of its {3:+.3f}</source>
        <translation>記憶單元 {0}：在其 {3:+.3f} 中，{1} 寫入了 {2:+.3f}</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <location filename="../../lstm_sim/ui/units_list.py" line="32"/>
        <source>#</source>
        <extracomment>How many of the ranked units the list shows. A row was right-clicked: its unit, and where (global coordinates) to open a menu.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_list.py" line="32"/>
        <source>unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_list.py" line="32"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_list.py" line="32"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_list.py" line="33"/>
        <source>marked / elsewhere</source>
        <translation>標記處 / 其他處</translation>
    </message>
</context>
<context>
    <name>RepeatedVotesDemo</name>
    <message>
        <source>added up</source>
        <translation type="vanished">直接相加</translation>
    </message>
    <message>
        <source>squashed each time</source>
        <translation type="vanished">每次都擠壓</translation>
    </message>
    <message>
        <source>After {n} votes of {v:+.1f}: added up {plain:+.2f}, squashed each time {squashed:+.3f}.</source>
        <translation type="vanished">投了 {n} 票、每票 {v:+.1f} 之後：直接相加為 {plain:+.2f}，每次都擠壓則為 {squashed:+.3f}。</translation>
    </message>
    <message>
        <source>Each vote</source>
        <translation type="vanished">每一票</translation>
    </message>
    <message>
        <source>Number of votes</source>
        <translation type="vanished">投票次數</translation>
    </message>
    <message>
        <source>votes so far</source>
        <translation type="vanished">目前的票數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="197"/>
        <source>not squashed</source>
        <extracomment>The loop&apos;s settings changed: (start, gain, loops).</extracomment>
        <translation>沒有擠壓</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="198"/>
        <source>squashed each loop</source>
        <translation>每繞一圈就擠壓</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="201"/>
        <source>A vote of {v:+.1f}, multiplied by {g:g} on every loop: after {n} loops {plain:+,.1f} without squashing, {squashed:+.3f} squashed each loop.</source>
        <translation>一張 {v:+.1f} 的票，每繞一圈就乘以 {g:g}：繞 {n} 圈之後，沒有擠壓是 {plain:+,.1f}，每圈都擠壓則是 {squashed:+.3f}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="207"/>
        <source>The vote</source>
        <translation>票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="208"/>
        <source>Multiplied on each loop by</source>
        <translation>每繞一圈乘以</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="209"/>
        <source>Loops</source>
        <translation>圈數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="210"/>
        <source>loops so far</source>
        <translation>已繞的圈數</translation>
    </message>
</context>
<context>
    <name>SaturationPlot</name>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="46"/>
        <source>steps shut: &lt; 0.1</source>
        <extracomment>One colour per gate (Okabe &amp; Ito&apos;s, told apart with the common colour-vision deficiencies). A point was clicked: layer, gate, unit.</extracomment>
        <translation>關著的步驟：&lt; 0.1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="47"/>
        <source>steps open: &gt; 0.9</source>
        <translation>開著的步驟：&gt; 0.9</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="58"/>
        <source>No gates in a plain RNN: nothing saturates</source>
        <translation>一般 RNN 沒有閘門：沒有東西會飽和</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="59"/>
        <source>Gates, layer {0}</source>
        <translation>閘門，第 {0} 層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="60"/>
        <source>Gate saturation</source>
        <translation>閘門飽和</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_saturation.py" line="112"/>
        <source>{0} of unit {1}: left-saturated {2:.0%} of the steps, right-saturated {3:.0%}</source>
        <translation>單元「{1}」的 {0}：{2:.0%} 的步驟飽和在左端（接近 0），{3:.0%} 飽和在右端（接近 1）</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../lstm_sim/controller/session_text.py" line="29"/>
        <source>Type at least one word.</source>
        <translation>請至少輸入一個單字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="123"/>
        <source>generate between 1 and 500 words</source>
        <translation>請產生 1 到 500 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="125"/>
        <source>temperature must be a number ≥ 0</source>
        <translation>溫度必須是 ≥ 0 的數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="131"/>
        <source>Sample {0} words</source>
        <translation>取樣 {0} 個字詞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_text.py" line="54"/>
        <source>Unknown word &quot;{0}&quot;; nearest known words: {1}</source>
        <translation>未知的單字「{0}」；最接近的已知單字：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_text.py" line="56"/>
        <source>Unknown word &quot;{0}&quot;; it is not in this network&apos;s {1}-word vocabulary</source>
        <translation>未知的單字「{0}」；它不在這個網路的 {1} 字字彙中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="44"/>
        <source>“{0}” is not a number</source>
        <extracomment>Weights are finite and at most this large in magnitude (the editor says so).</extracomment>
        <translation>「{0}」不是數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="46"/>
        <source>weights must be finite numbers</source>
        <translation>權重必須是有限的數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="48"/>
        <source>|w| must be at most {0:g}</source>
        <translation>|w| 不得超過 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="176"/>
        <source>Edit {0}</source>
        <translation>編輯 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="57"/>
        <source>weights must be finite and at most {0:g} in size</source>
        <translation>權重必須是有限值，且大小不得超過 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="186"/>
        <source>Zero {0}</source>
        <translation>將 {0} 歸零</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="192"/>
        <source>Reset {0}</source>
        <translation>重設 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="195"/>
        <source>Reset all weights</source>
        <translation>重設所有權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="200"/>
        <source>Randomize {0} (seed {1})</source>
        <translation>隨機設定 {0}（種子 {1}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="98"/>
        <source>readout</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="100"/>
        <source>embedding</source>
        <translation>嵌入層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="104"/>
        <source>{0} (layer {1})</source>
        <translation>{0}（第 {1} 層）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="70"/>
        <source>a plain RNN has no gates to clamp</source>
        <translation>一般 RNN 沒有可鎖定的閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="72"/>
        <source>cannot clamp {0}: only {1} are gates</source>
        <translation>無法鎖定 {0}：只有 {1} 是閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="74"/>
        <source>a clamp must be between 0 and 1</source>
        <translation>鎖定值必須介於 0 和 1 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="247"/>
        <source>free</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="248"/>
        <source>Clamp {0} → {1}</source>
        <translation>鎖定 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="256"/>
        <source>Free all gate clamps</source>
        <translation>解除所有閘門鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/commands.py" line="72"/>
        <source>Edit text</source>
        <extracomment>Command ids for mergeWith (QUndoCommand.id): commands of one id may merge. One block edit: (parameter, gate or None, values before, values after).</extracomment>
        <translation>編輯文字</translation>
    </message>
</context>
<context>
    <name>SquashingDemo</name>
    <message>
        <source>Drag the grey line. tanh stays within −1…1, σ within 0…1, however far x goes.</source>
        <translation type="vanished">拖曳灰色線。不論 x 有多遠，tanh 都保持在 −1…1 之間，σ 則在 0…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="115"/>
        <source>Drag the grey line. σ stays within 0…1 — a valve from shut to open — and tanh within −1…1, however far x goes.</source>
        <translation>拖曳灰色的線。不論 x 多大，σ 都在 0…1 之內（閥門從全關到全開），tanh 則在 −1…1 之內。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="118"/>
        <source>Drag the grey line. tanh stays within −1…1, however far x goes.</source>
        <translation>拖曳灰色的線。不論 x 多大，tanh 都在 −1…1 之內。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="144"/>
        <source>Type a sentence using the vocabulary…</source>
        <translation>用字彙中的單字輸入一個句子…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="145"/>
        <source>First step (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="146"/>
        <source>Step back (←)</source>
        <translation>後退一步（←）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="147"/>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暫停（Space）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="148"/>
        <source>Step forward (→)</source>
        <translation>前進一步（→）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="149"/>
        <source>Last step (End)</source>
        <translation>最後一步（End）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="150"/>
        <source>Scrub through the steps</source>
        <translation>拖曳以瀏覽各步驟</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="150"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="152"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="153"/>
        <source>Input text:</source>
        <translation>輸入文字：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="190"/>
        <source>step {0}/{1}  “{2}”</source>
        <translation>第 {0}/{1} 步  「{2}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="204"/>
        <source>show all {0} words</source>
        <translation>顯示全部 {0} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="160"/>
        <source>{0} — the diagram still shows the last good text.</source>
        <translation>{0} — 示意圖仍顯示上一次有效的文字。</translation>
    </message>
</context>
<context>
    <name>TokenChips</name>
    <message>
        <location filename="../../lstm_sim/ui/token_chips.py" line="148"/>
        <source>step {0}: “{1}” — click to go here</source>
        <translation>第 {0} 步：「{1}」 — 按一下跳到這裡</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="19"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="21"/>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="20"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="22"/>
        <source>Lesson&apos;s RNN</source>
        <translation>課程中的 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="36"/>
        <source>{0} ({1} units) trained on {2}</source>
        <extracomment>The longest the training thread waits for the window to show a snapshot (seconds). After handling a snapshot, the window gets this long to repaint before training resumes.</extracomment>
        <translation>以 {2} 訓練的 {0}（{1} 個單元）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="37"/>
        <source>Trained in the app on {0}, seed {1}.</source>
        <translation>在程式中以 {0} 訓練，種子 {1}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="38"/>
        <source>Corpus: {0} ({1} tokens). Learning rate {2:g}, {3} epochs, {4}, seed {5}.</source>
        <translation>語料：{0}（{1} 個字詞）。學習率 {2:g}，{3} 輪，{4}，種子 {5}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="333"/>
        <source>Reset to the initial weights</source>
        <translation>還原為初始權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="346"/>
        <source>Training ({0} of {1} epochs)</source>
        <translation>訓練（第 {0} 輪，共 {1} 輪）</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="224"/>
        <source>Children&apos;s book</source>
        <extracomment>The curves show each update&apos;s loss and accuracy averaged with the updates before it: one chunk of text is noisy (a chunk that starts from an empty state, a one-word chunk). The form&apos;s row labels by the field they name (re-worded by ``retranslate``).</extracomment>
        <translation>童書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="224"/>
        <source>Dinner log</source>
        <translation>晚餐紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="224"/>
        <source>Your own text</source>
        <translation>你自己的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="228"/>
        <source>Paste or type a text to learn from, or open a .txt file</source>
        <translation>貼上或輸入要學習的文字，或開啟 .txt 檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="229"/>
        <source>Open .txt…</source>
        <translation>開啟 .txt…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="19"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="21"/>
        <source>plain RNN</source>
        <translation>一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="20"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/model/cells.py" line="23"/>
        <source>the lesson&apos;s RNN (feeds back its prediction)</source>
        <translation>課程中的 RNN（送回自己的預測）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="230"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="334"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="231"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="232"/>
        <source>Reset weights</source>
        <translation>重設權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="233"/>
        <source>Back to this run&apos;s initial weights (undoable)</source>
        <translation>回到這次訓練的初始權重（可復原）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="366"/>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="234"/>
        <source>0 always takes the most likely word; higher is more adventurous</source>
        <translation>0 一律選擇最可能的單字；數值越高越大膽</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="235"/>
        <source>Continue the text</source>
        <translation>接著寫下去</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="236"/>
        <source>Sample words after the input text and step through them</source>
        <translation>在輸入文字之後取樣單字，並逐步檢視</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="237"/>
        <source>loss (cross-entropy), mean of {0} updates</source>
        <translation>損失（交叉熵），{0} 次更新的平均</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="238"/>
        <source>accuracy (top word right), mean of {0} updates</source>
        <translation>準確率（首選單字正確），{0} 次更新的平均</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="240"/>
        <source>updates</source>
        <translation>更新次數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="241"/>
        <source>Corpus</source>
        <translation>語料</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="241"/>
        <source>Cell</source>
        <translation>細胞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="241"/>
        <source>Hidden units</source>
        <translation>隱藏單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="242"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="242"/>
        <source>Epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="242"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="243"/>
        <source>Optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="243"/>
        <source>Clip gradients at</source>
        <translation>梯度裁剪上限</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="244"/>
        <source>Words to sample</source>
        <translation>取樣單字數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="244"/>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="245"/>
        <source>Sampling seed</source>
        <translation>取樣種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="248"/>
        <source>Sampling</source>
        <translation>取樣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="249"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="308"/>
        <source>Open a text to learn from</source>
        <translation>開啟要學習的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="309"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="316"/>
        <source>Cannot read {0}: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="vanished">不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="334"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="372"/>
        <source>epoch {0}/{1} — about {2:.0f} s left</source>
        <translation>第 {0}/{1} 輪 — 約剩 {2:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="374"/>
        <source>epoch {0}/{1} — paused</source>
        <translation>第 {0}/{1} 輪 — 已暫停</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="376"/>
        <source>epoch {0}/{1} — stopped</source>
        <translation>第 {0}/{1} 輪 — 已停止</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="378"/>
        <source>epoch {0}/{1}</source>
        <translation>第 {0}/{1} 輪</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="380"/>
        <source>loss {0:.4f}, accuracy {1:.1%}</source>
        <translation>損失 {0:.4f}，準確率 {1:.1%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="384"/>
        <source>Sampled: {0}</source>
        <translation>取樣結果：{0}</translation>
    </message>
</context>
<context>
    <name>UnitsController</name>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="163"/>
        <source>Cannot read {0}: {1}</source>
        <extracomment>Ranking a layer over a text with at most this many values (steps × units) is instant: it runs on the GUI thread. Tests lower it to 0 to go through the worker. At most this many values (steps × units) of a loaded text are kept per state: beyond it the text is cut (the pane says where). Keep every state of the layer when they all fit in this many values, so switching between h, c and the gates needs no new pass. Weight edits and training snapshots come fast: a loaded text is traced again once they pause for this long.</extracomment>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="vanished">不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="173"/>
        <source>Nothing in this text is in the model&apos;s vocabulary.</source>
        <translation>這段文字沒有任何部分在模型的字彙裡。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="212"/>
        <source>“{0}” is not a regular expression: {1}</source>
        <translation>「{0}」不是有效的正規表示式：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="216"/>
        <source>“{0}” matches nothing in this text.</source>
        <translation>「{0}」在這段文字裡找不到任何相符之處。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="364"/>
        <source>Every step is marked: leave some unmarked to compare with.</source>
        <translation>每一步都標記了：請留一些不標記，才有東西可以比較。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/units.py" line="388"/>
        <source>Could not finish: {0}</source>
        <translation>無法完成：{0}</translation>
    </message>
</context>
<context>
    <name>UnitsPane</name>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="32"/>
        <source>AUC: |AUC − ½|</source>
        <translation>AUC：|AUC − ½|</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="33"/>
        <source>d: mean difference / pooled spread</source>
        <translation>d：平均值之差 / 合併標準差</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="72"/>
        <source>Open a text…</source>
        <extracomment>layer, state key, unit: outline its heatmap row / its cell in the diagram / show its weights. layer, gate, unit, value (None frees it): &quot;what if this unit were off?&quot;</extracomment>
        <translation>開啟文字檔…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="73"/>
        <source>Colour a longer text of your own (UTF-8): words the model does not know are left out</source>
        <translation>為你自己的一段較長文字（UTF-8）上色：模型不認得的單字會略過</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="75"/>
        <source>The window&apos;s text</source>
        <translation>視窗中的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="76"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="77"/>
        <source>Colour by</source>
        <translation>上色依據</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="78"/>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="79"/>
        <source>Mark: drag over the text, or a regular expression</source>
        <translation>標記：在文字上拖曳，或輸入正規表示式</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="80"/>
        <source>e.g. \([^()]*  (inside parentheses)</source>
        <translation>例如 \([^()]*  （括號內）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="81"/>
        <source>Find units</source>
        <translation>尋找單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="82"/>
        <source>Clear marks</source>
        <translation>清除標記</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="83"/>
        <source>Rank by</source>
        <translation>排序依據</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="86"/>
        <source>Heatmap row</source>
        <translation>熱圖列</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="87"/>
        <source>Diagram cell</source>
        <translation>示意圖格子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="88"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="89"/>
        <source>Fires at</source>
        <translation>觸發門檻</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="90"/>
        <source>Where the unit counts as firing like on the marks (midway between its mean on them and elsewhere, until you change it)</source>
        <translation>單元的值到哪裡就算像在標記處那樣觸發（預設為它在標記處與其他處平均值的中點，直到你自行修改）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="114"/>
        <source>step {0} “{1}”</source>
        <translation>第 {0} 步「{1}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="115"/>
        <source>step {0} “{1}”: {2} of unit {3} = {4:+.3f}</source>
        <translation>第 {0} 步「{1}」：單元「{3}」的 {2} = {4:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="150"/>
        <source>The window&apos;s text: {0:,} tokens</source>
        <translation>視窗中的文字：{0:,} 個詞元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="151"/>
        <source>{0}: {1:,} tokens</source>
        <translation>{0}：{1:,} 個詞元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="151"/>
        <source>a text</source>
        <translation>一段文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="155"/>
        <source>; {0:,} unknown words left out ({1})</source>
        <translation>；略過 {0:,} 個未知的單字（{1}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="157"/>
        <source>; cut after character {0:,} (the most this model&apos;s size allows)</source>
        <translation>；在第 {0:,} 個字元之後截斷（這個模型的大小所允許的上限）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="178"/>
        <source>{0}: {1:g} … {2:g} (the app&apos;s fixed scale)</source>
        <translation>{0}：{1:g} … {2:g}（本程式的固定色階）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="200"/>
        <source>Mark some steps to see where this unit fires like on them.</source>
        <translation>標記一些步驟，看看這個單元還在哪裡像在那些步驟上一樣觸發。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="203"/>
        <source>Unit {0} does not tell the marks from the rest: it fires nowhere in particular.</source>
        <translation>單元「{0}」分不出標記處和其他地方：它並沒有特別在哪裡觸發。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="208"/>
        <source>Unit {0} fires ({1} {2:+.3f}) at {3:,} other places, outlined in the text.</source>
        <translation>單元「{0}」還在另外 {3:,} 個地方觸發（{1} {2:+.3f}），已在文字中框出。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="216"/>
        <source>Tracing…</source>
        <translation>正在運算…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="217"/>
        <source>Mark steps (drag over the text or type a regular expression), and the units that tell them apart from the rest are listed here.</source>
        <translation>標記一些步驟（在文字上拖曳，或輸入正規表示式），能把它們和其他步驟區分開來的單元就會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="221"/>
        <source>{0:,} marked steps against {1:,} others, units of layer {2} ranked by {3}. AUC: the chance that a marked step&apos;s value is above another step&apos;s (½ = no better than chance, 1 = always higher on the marks, 0 = always lower); d: the difference of the means over their pooled standard deviation.</source>
        <translation>{0:,} 個標記的步驟對比 {1:,} 個其他步驟，第 {2} 層的單元依 {3} 排序。AUC：標記步驟的值高於另一個步驟的機率（½ = 不比亂猜好，1 = 在標記處一律較高，0 = 一律較低）；d：兩者平均值之差除以合併標準差。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="232"/>
        <location filename="../../lstm_sim/ui/units_pane.py" line="237"/>
        <source>What if it were off?</source>
        <translation>假如把它關掉呢？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="233"/>
        <source>A plain RNN has no gates, so no valve can shut one unit off: edit its weights instead.</source>
        <translation>一般 RNN 沒有閘門，所以沒有閥門能把單一單元關掉：請改為編輯它的權重。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="237"/>
        <source>Free it again</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="239"/>
        <source>Its update gate z is clamped open (1): its h keeps its start, 0, at every step.</source>
        <translation>它的更新閘門 z 已鎖定為全開 (1)：它的 h 每一步都維持初始值 0。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="240"/>
        <source>Clamp its update gate z open (1), so its h keeps its start, 0, at every step, and watch the predictions change.</source>
        <translation>將它的更新閘門 z 鎖定為全開 (1)，讓它的 h 每一步都維持初始值 0，看看預測如何改變。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="243"/>
        <source>Its selection gate o is clamped shut (0): its h is 0 at every step.</source>
        <translation>它的篩選閘門 o 已鎖定為全關 (0)：它的 h 每一步都是 0。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="244"/>
        <source>Clamp its selection gate o shut (0), so its h is 0 at every step, and watch the predictions change.</source>
        <translation>將它的篩選閘門 o 鎖定為全關 (0)，讓它的 h 每一步都是 0，看看預測如何改變。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="264"/>
        <source>Next-token loss over this text: {0:.3f} nats per token (it was {1:.3f} before the last change).</source>
        <translation>這段文字的下一個詞元損失：每個詞元 {0:.3f} nats（上次變更前是 {1:.3f}）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="267"/>
        <source>Next-token loss over this text: {0:.3f} nats per token.</source>
        <translation>這段文字的下一個詞元損失：每個詞元 {0:.3f} nats。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="277"/>
        <source>Ranking the units…</source>
        <translation>正在為單元排序…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="279"/>
        <source>Tracing the text…</source>
        <translation>正在運算這段文字…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="283"/>
        <source>Tracing the text… {0:.0%}</source>
        <translation>正在運算這段文字… {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="303"/>
        <source>(a loaded text: the window steps through its own text)</source>
        <translation>（這是載入的文字：視窗逐步走過的是它自己的文字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="312"/>
        <source>Open a text to colour</source>
        <translation>開啟要上色的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/units_pane.py" line="313"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>UnsquashedMemoryDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="72"/>
        <source>A longer text</source>
        <translation>較長的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="76"/>
        <source>Back to the lesson&apos;s text</source>
        <translation>回到課程的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="91"/>
        <source>Largest memory |c| {0:.2f} (step {1}); its squashed copy |tanh c| stays at {2:.2f} or less.</source>
        <translation>記憶 |c| 最大為 {0:.2f}（第 {1} 步）；它擠壓後的副本 |tanh c| 始終不超過 {2:.2f}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="97"/>
        <source>Hold forgetting open over a longer text</source>
        <translation>在較長的文字上讓遺忘閘門全開</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/memory_demos.py" line="98"/>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>ValvesDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="110"/>
        <source>0.8 through valves {0} gives {1}.</source>
        <extracomment>The learner moved a valve: the valves&apos; values (the worked example reads them).</extracomment>
        <translation>0.8 通過閥門 {0} 得到 {1}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="116"/>
        <source>signal</source>
        <translation>訊號</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="116"/>
        <source>valves (a gate)</source>
        <translation>閥門（一個閘門）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="117"/>
        <source>signal ⊗ valves</source>
        <translation>訊號 ⊗ 閥門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="117"/>
        <source>new votes</source>
        <translation>新的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="118"/>
        <source>got through ⊕ new votes</source>
        <translation>通過的部分 ⊕ 新的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="120"/>
        <source>Element-wise addition: what got through, plus a second vector</source>
        <translation>逐元素相加：通過的部分，再加上第二個向量</translation>
    </message>
</context>
<context>
    <name>VocabularyPopup</name>
    <message>
        <location filename="../../lstm_sim/ui/vocabulary_popup.py" line="39"/>
        <source>Filter words…</source>
        <translation>篩選單字…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/vocabulary_popup.py" line="41"/>
        <source>{0} words. Click one to put it in place of “{1}”.</source>
        <translation>共 {0} 個單字。按一下其中一個即可取代「{1}」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/vocabulary_popup.py" line="43"/>
        <source>{0} words. Click one to insert it.</source>
        <translation>共 {0} 個單字。按一下其中一個即可插入。</translation>
    </message>
</context>
<context>
    <name>WeightBlockModel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="193"/>
        <source>‘{text}’ is not a number</source>
        <extracomment>Weights are signed: they take the app&apos;s diverging scale and its fixed levels. The scale&apos;s 256 colours and the text colour that reads on each, looked up per cell: a table repaints hundreds of cells, and ``colors_for`` on one value costs ~20 µs.</extracomment>
        <translation>「{text}」不是數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="229"/>
        <source>{row} ← {col}: {value}</source>
        <translation>{row} ← {col}：{value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="252"/>
        <source>{unit} ={value}</source>
        <translation>{unit} ={value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="263"/>
        <source>{unit}: clamped at {value} whatever the weights say</source>
        <translation>{unit}：不論權重為何，都鎖定在 {value}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="70"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="148"/>
        <source>Path:</source>
        <translation>路徑：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="73"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="149"/>
        <source>choose a path</source>
        <translation>選擇路徑</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="80"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="153"/>
        <source>Reset path</source>
        <translation>重設路徑</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="82"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="155"/>
        <source>Put this path&apos;s weights back as they were when the network was opened</source>
        <translation>將此路徑的權重還原為網路開啟時的值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="84"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="156"/>
        <source>Reset all</source>
        <translation>全部重設</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="86"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="157"/>
        <source>Put every weight back as it was when the network was opened</source>
        <translation>將所有權重還原為網路開啟時的值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="88"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="158"/>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="92"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="159"/>
        <source>The same seed always gives the same random weights</source>
        <translation>相同的種子一定會產生相同的隨機權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="94"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="160"/>
        <source>Randomize all</source>
        <translation>全部隨機設定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="96"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="161"/>
        <source>Replace every weight with random values drawn from this seed</source>
        <translation>以這個種子產生的隨機值取代所有權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="106"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="162"/>
        <source>Choose a path to see the weights that feed it.</source>
        <translation>選擇一條路徑，查看輸入它的權重。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="60"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="163"/>
        <source>Type a number or double-click to set a weight · drag up or down to scrub it (Shift: finer) · + / − nudge by 0.1 (Shift: 0.01)</source>
        <extracomment>A stacked net&apos;s upper layers name their blocks like torch: W_l1, U_l1, b_l1, …</extracomment>
        <translation>輸入數字或按兩下以設定權重 · 上下拖曳以調整（Shift：更精細） · + / − 每次微調 0.1（Shift：0.01）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="150"/>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="178"/>
        <source>embedding ← word</source>
        <translation>嵌入 ← 單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="195"/>
        <source>prediction · relu</source>
        <translation>預測 · relu</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="197"/>
        <source>prediction · tanh</source>
        <translation>預測 · tanh</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="198"/>
        <source>readout → next word</source>
        <translation>輸出層 → 下一個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="253"/>
        <source>W — from new information · x</source>
        <translation>W — 來自新資訊 · x</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="254"/>
        <source>U — from the previous prediction · p (next-word probabilities)</source>
        <translation>U — 來自舊預測 · p（下一個單字的機率）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="255"/>
        <source>U — from the previous prediction · h</source>
        <translation>U — 來自舊預測 · h</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="256"/>
        <source>b — bias</source>
        <translation>b — 偏差</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="257"/>
        <source>b_hn — bias of the old prediction&apos;s votes, inside the reset gate</source>
        <translation>b_hn — 舊預測投票的偏差，位於重設閘門之內</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="258"/>
        <source>W_out — from the prediction h to the next-word scores</source>
        <translation>W_out — 從預測 h 到下一個單字的分數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="259"/>
        <source>b_out — bias of the next-word scores</source>
        <translation>b_out — 下一個單字分數的偏差</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="260"/>
        <source>E — embedding: the inputs each word sends in</source>
        <translation>E — 嵌入：每個單字送進來的輸入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="264"/>
        <source>{0} (layer {1})</source>
        <translation>{0}（第 {1} 層）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="326"/>
        <source>Clamp ‘{unit}’ open (1)</source>
        <translation>將「{unit}」鎖定為全開 (1)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="327"/>
        <source>Clamp ‘{unit}’ closed (0)</source>
        <translation>將「{unit}」鎖定為全關 (0)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="328"/>
        <source>Free ‘{unit}’ (follow the weights)</source>
        <translation>解除「{unit}」的鎖定（依照權重）</translation>
    </message>
</context>
<context>
    <name>WeightInput</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="25"/>
        <source>weights must be finite</source>
        <extracomment>The largest |w| the editor accepts.</extracomment>
        <translation>權重必須是有限值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="27"/>
        <source>|w| must be ≤ {limit}</source>
        <translation>|w| 必須 ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="38"/>
        <source>type a number</source>
        <translation>請輸入數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/validation.py" line="44"/>
        <source>‘{text}’ is not a number</source>
        <translation>「{text}」不是數字</translation>
    </message>
</context>
<context>
    <name>book</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="19"/>
        <source>Doug</source>
        <extracomment>The columns: the RNN (the session&apos;s network when it is a book RNN, else the preset) and the walkthrough LSTM of lesson 7. The book&apos;s words as a sampled sentence shows them (Chinese in zh-TW).</extracomment>
        <translation>道格</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="19"/>
        <source>Jane</source>
        <translation>珍</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="19"/>
        <source>Spot</source>
        <translation>小點</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="20"/>
        <source>saw</source>
        <translation>看見</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="20"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="22"/>
        <source>proper (“Doug saw Jane.”)</source>
        <extracomment>Row titles, one per sentence kind (same order as SENTENCE_KINDS).</extracomment>
        <translation>正確（「道格看見珍。」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="23"/>
        <source>same name twice (“Doug saw Doug.”)</source>
        <translation>同一個名字出現兩次（「道格看見道格。」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="24"/>
        <source>run-on (“… saw Jane saw …”)</source>
        <translation>停不下來（「⋯⋯看見珍看見⋯⋯」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="25"/>
        <source>too short (“Jane.”)</source>
        <translation>太短（「珍。」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="26"/>
        <source>lost (“Doug saw.”, “Jane Jane …”)</source>
        <translation>迷路（「道格看見。」、「珍珍⋯⋯」）</translation>
    </message>
    <message>
        <source>too short (“Doug.”)</source>
        <translation type="vanished">太短（「Doug.」）</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="vanished">其他</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="56"/>
        <source>Doug</source>
        <extracomment>A gate is open above this, closed below it (a valve&apos;s middle). A value counts as strong when its size is at least this share of the largest one it is compared with (the votes at that step, the memory terms that meet). What is left after two terms &quot;cancel&quot; is at most this share of the terms. Something counts as nothing next to another value when it is below this share of it. Below this size a vector holds nothing at all (so a share of it means nothing either). The book&apos;s words, marked so a claim&apos;s reason can name them in the reader&apos;s language.</extracomment>
        <translation>道格</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="56"/>
        <source>Jane</source>
        <translation>珍</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="57"/>
        <source>Spot</source>
        <translation>小點</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="57"/>
        <source>saw</source>
        <translation>看見</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="58"/>
        <source>the period</source>
        <translation>句號</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="58"/>
        <source>.</source>
        <translation>句號</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="60"/>
        <source>pizza</source>
        <extracomment>The dishes, likewise.</extracomment>
        <translation>披薩</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="60"/>
        <source>sushi</source>
        <translation>壽司</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="61"/>
        <source>waffles</source>
        <translation>鬆餅</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="65"/>
        <source>holds</source>
        <extracomment>How a result is labelled, for the command line (the view words its own).</extracomment>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="66"/>
        <source>broken</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="67"/>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="68"/>
        <source>worked example</source>
        <translation>算例</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="69"/>
        <source>The lesson: {0}</source>
        <translation>課程的說法：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="70"/>
        <source>This model: {0}</source>
        <translation>這個模型：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="71"/>
        <source>step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="182"/>
        <source>the vocabulary has no “{word}”</source>
        <translation>字彙中沒有「{word}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="189"/>
        <source>no unit of this network is labelled “{word}”</source>
        <translation>這個網路沒有標記為「{word}」的單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="197"/>
        <source>there is no trace to read</source>
        <translation>沒有可讀取的運算紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="200"/>
        <source>this claim is about an LSTM; this network is not one</source>
        <translation>這項說法針對的是 LSTM；這個網路不是 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="203"/>
        <source>this claim is about an RNN without gates; this network has gates</source>
        <translation>這項說法針對的是沒有閘門的 RNN；這個網路有閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="213"/>
        <source>this claim needs the network&apos;s weights</source>
        <translation>這項說法需要讀取網路的權重</translation>
    </message>
    <message>
        <source>this claim is about an LSTM; this network is a plain RNN</source>
        <translation type="vanished">這項說法針對的是 LSTM；這個網路是一般 RNN</translation>
    </message>
    <message>
        <source>this claim is about a plain RNN; this network is an LSTM</source>
        <translation type="vanished">這項說法針對的是一般 RNN；這個網路是 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claim_checks.py" line="275"/>
        <source>cannot be read on this network ({error})</source>
        <translation>無法在這個網路上讀取（{error}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="30"/>
        <source>the text has no sentence starting “Doug saw”</source>
        <extracomment>Two memory terms meet head on when the smaller is at least this share of the larger.</extracomment>
        <translation>文字中沒有以「道格看見」開頭的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="31"/>
        <source>the text has no sentence starting with “Doug”</source>
        <translation>文字中沒有以「道格」開頭的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="38"/>
        <source>Before “Doug”, the previous prediction was the names: Doug {h_prev_doug:+.3f}, Jane {h_prev_jane:+.3f}, Spot {h_prev_spot:+.3f}</source>
        <translation>在「道格」之前，舊預測是各個名字：道格 {h_prev_doug:+.3f}、珍 {h_prev_jane:+.3f}、小點 {h_prev_spot:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="41"/>
        <source>a sentence has just ended, so the previous prediction is the names: Doug, Jane and Spot</source>
        <translation>一個句子剛結束，所以舊預測是各個名字：道格、珍和小點</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="50"/>
        <source>the previous prediction for {word} is only {value:+.3f}</source>
        <translation>舊預測中 {word} 只有 {value:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="54"/>
        <source>At “Doug” the prediction path votes {g_saw:+.3f} for saw and {g_doug:+.3f} for Doug (“not Doug”)</source>
        <translation>在「道格」時，預測路徑投給看見 {g_saw:+.3f}，投給道格 {g_doug:+.3f}（「非道格」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="57"/>
        <source>at “Doug” the prediction path votes for saw and against Doug: “not Doug”</source>
        <translation>在「道格」時，預測路徑投票贊成看見、反對道格：「非道格」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="64"/>
        <source>the prediction path votes only {g_saw:+.3f} for saw</source>
        <translation>預測路徑只投給看見 {g_saw:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="66"/>
        <source>the prediction path votes {g_doug:+.3f} on Doug, not clearly against it</source>
        <translation>預測路徑對道格投了 {g_doug:+.3f}，並未明確反對</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="69"/>
        <source>Memory keeps almost nothing from before “Doug” (at most {kept_max:.3f}), so the votes pass into memory: saw {c_saw:+.3f}, Doug {c_doug:+.3f}</source>
        <translation>記憶幾乎沒有保留「道格」之前的內容（最多 {kept_max:.3f}），所以投票直接進入記憶：看見 {c_saw:+.3f}、道格 {c_doug:+.3f}</translation>
    </message>
    <message>
        <source>memory still holds {kept_max:.3f} from earlier words (forgetting gate {f_kept:.3f})</source>
        <translation type="vanished">記憶仍保留著先前單字的 {kept_max:.3f}（遺忘閘門 {f_kept:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="72"/>
        <source>memory is empty at “Doug”, so the new votes pass into it as they are</source>
        <translation>在「道格」時記憶是空的，所以新的投票原封不動地進入記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="85"/>
        <source>memory still holds {kept_max:.3f} from earlier words (forgetting gate {f_kept:.3f}), next to {admitted_max:.3f} of new votes</source>
        <translation>記憶還保有先前單字留下的 {kept_max:.3f}（遺忘閘門 {f_kept:.3f}），而新進的票只有 {admitted_max:.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="88"/>
        <source>only {c_saw:+.3f} of the vote for saw reaches memory (ignoring gate {i_saw:.3f})</source>
        <translation>投給看見的票只有 {c_saw:+.3f} 進入記憶（忽視閘門 {i_saw:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="91"/>
        <source>memory on Doug is {c_doug:+.3f}, so “not Doug” is not stored (ignoring gate {i_doug:.3f})</source>
        <translation>道格的記憶是 {c_doug:+.3f}，所以「非道格」沒有被存下來（忽視閘門 {i_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="95"/>
        <source>The selection gate holds “not Doug” back ({o_doug:.3f}) and lets saw out ({o_saw:.3f}): the output is saw ({p_saw:.0%})</source>
        <translation>篩選閘門擋下「非道格」（{o_doug:.3f}），並讓看見通過（{o_saw:.3f}）：輸出是看見（{p_saw:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="98"/>
        <source>after a name comes saw or a period, so the selection gate holds “not Doug” back and lets saw out: the prediction is saw</source>
        <translation>名字之後會接看見或句號，所以篩選閘門擋下「非道格」、讓看見通過：預測是看見</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="107"/>
        <source>the selection gate on Doug is {o_doug:.3f}, so “not Doug” comes out as {h_doug:+.3f}</source>
        <translation>篩選閘門在道格上是 {o_doug:.3f}，所以「非道格」輸出為 {h_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="110"/>
        <source>the selection gate on saw is {o_saw:.3f}, so saw is held back</source>
        <translation>篩選閘門在看見上是 {o_saw:.3f}，所以看見被擋下了</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="112"/>
        <source>saw is not the most likely next word (it gets {p_saw:.0%})</source>
        <translation>看見不是最可能的下一個單字（只有 {p_saw:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="115"/>
        <source>At “saw” the prediction path votes for the names: Doug {g_doug:+.3f}, Jane {g_jane:+.3f}, Spot {g_spot:+.3f}</source>
        <translation>在「看見」時，預測路徑投給各個名字：道格 {g_doug:+.3f}、珍 {g_jane:+.3f}、小點 {g_spot:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="118"/>
        <source>at “saw” the prediction path votes for all three names, Doug included</source>
        <translation>在「看見」時，預測路徑投給全部三個名字，連道格也包括在內</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="125"/>
        <source>the prediction path votes only {value:+.3f} for {word}</source>
        <translation>預測路徑只投給 {word} {value:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="129"/>
        <source>The forgetting gate forgets saw ({f_saw:.3f}) and keeps “not Doug” ({f_doug:.3f})</source>
        <translation>遺忘閘門忘掉看見（{f_saw:.3f}），保留「非道格」（{f_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="131"/>
        <source>the last word was “saw”, so the forgetting gate forgets saw and keeps “not Doug”</source>
        <translation>上一個字是「看見」，所以遺忘閘門忘掉看見、保留「非道格」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="137"/>
        <source>the forgetting gate on saw is {f_saw:.3f}, so the old saw stays in memory</source>
        <translation>遺忘閘門在看見上是 {f_saw:.3f}，所以舊的看見仍留在記憶中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="139"/>
        <source>the forgetting gate on Doug is {f_doug:.3f}, so “not Doug” is gone</source>
        <translation>遺忘閘門在道格上是 {f_doug:.3f}，所以「非道格」已經消失</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="142"/>
        <source>In memory, the kept “not Doug” ({from_doug:+.3f}) and the new vote for Doug ({from_saw:+.3f}) cancel: Doug&apos;s memory is {c_doug:+.3f}</source>
        <translation>在記憶中，保留下來的「非道格」（{from_doug:+.3f}）與投給道格的新票（{from_saw:+.3f}）互相抵消：道格的記憶是 {c_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="145"/>
        <source>in memory the kept “not Doug” and the new vote for Doug cancel out</source>
        <translation>在記憶中，保留下來的「非道格」與投給道格的新票互相抵消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="156"/>
        <source>only {from_doug:+.3f} of “not Doug” is left in memory</source>
        <translation>記憶中只剩下 {from_doug:+.3f} 的「非道格」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="158"/>
        <source>the new vote adds only {from_saw:+.3f} for Doug</source>
        <translation>新的投票只為道格加了 {from_saw:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="160"/>
        <source>Doug&apos;s memory is {c_doug:+.3f}: the votes do not cancel</source>
        <translation>道格的記憶是 {c_doug:+.3f}：投票並未互相抵消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="163"/>
        <source>At “saw” memory also holds a hidden +period ({c_period:+.3f}) and −saw ({c_saw:+.3f}); the selection gate keeps them in ({o_period:.3f}, {o_saw:.3f}) until the next name ends the sentence</source>
        <translation>在「看見」時，記憶裡還藏著 +句號（{c_period:+.3f}）和 −看見（{c_saw:+.3f}）；篩選閘門把它們留在記憶裡（{o_period:.3f}、{o_saw:.3f}），等下一個名字來結束句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="167"/>
        <source>“saw” also stores +period and −saw, held back in memory until the name after it can end the sentence</source>
        <translation>「看見」也存下 +句號和 −看見，留在記憶裡，等它後面的名字出現時結束句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="177"/>
        <source>memory holds {c_period:+.3f} for the period and {c_saw:+.3f} for saw: nothing is kept to end the sentence</source>
        <translation>記憶中句號是 {c_period:+.3f}、看見是 {c_saw:+.3f}：沒有留下任何東西來結束句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="180"/>
        <source>the selection gate lets them out (period {o_period:.3f}, saw {o_saw:.3f}): saw or the period get {p_said:.0%} right after “saw”</source>
        <translation>篩選閘門把它們放了出去（句號 {o_period:.3f}、看見 {o_saw:.3f}）：緊接在「看見」之後，看見或句號就有 {p_said:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="184"/>
        <source>The output is a name other than Doug: Jane and Spot {p_names:.0%} together (Jane {p_jane:.0%}, Spot {p_spot:.0%}), Doug {p_doug:.0%}: no “Doug saw Doug.”</source>
        <translation>輸出是道格以外的名字：珍和小點合計 {p_names:.0%}（珍 {p_jane:.0%}、小點 {p_spot:.0%}），道格 {p_doug:.0%}：不會寫出「道格看見道格。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="187"/>
        <source>after “Doug saw” comes a name, and not Doug: never “Doug saw Doug.”</source>
        <translation>「道格看見」之後接的是名字，而且不是道格：絕不會寫出「道格看見道格。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="197"/>
        <source>the period gets {p_period:.0%}: the net could write “Doug saw.”</source>
        <translation>句號有 {p_period:.0%}：網路可能會寫出「道格看見。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="199"/>
        <source>saw gets {p_saw:.0%}: the net could write “Doug saw saw”</source>
        <translation>看見有 {p_saw:.0%}：網路可能會寫出「道格看見看見」</translation>
    </message>
    <message>
        <source>The output is Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}), not Doug ({p_doug:.0%}): no “Doug saw Doug.”</source>
        <translation type="vanished">輸出是 Jane（{p_jane:.0%}）和 Spot（{p_spot:.0%}），而不是 Doug（{p_doug:.0%}）：不會寫出「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/walkthrough_facts.py" line="195"/>
        <source>Doug still gets {p_doug:.0%}: the net could write “Doug saw Doug.”</source>
        <translation>道格仍有 {p_doug:.0%}：網路可能會寫出「道格看見道格。」</translation>
    </message>
    <message>
        <source>Jane gets only {p_jane:.0%}</source>
        <translation type="vanished">Jane 只有 {p_jane:.0%}</translation>
    </message>
    <message>
        <source>Spot gets only {p_spot:.0%}</source>
        <translation type="vanished">Spot 只有 {p_spot:.0%}</translation>
    </message>
    <message>
        <source>Over three weeks, guessing from the weekday is right {weekday_accuracy:.0%} of the time; guessing “the dish after yesterday&apos;s” is right {yesterday_accuracy:.0%}</source>
        <translation type="vanished">三週下來，依星期幾來猜的正確率是 {weekday_accuracy:.0%}；猜「昨天那道菜的下一道」的正確率是 {yesterday_accuracy:.0%}</translation>
    </message>
    <message>
        <source>the weekday predicts {weekday_accuracy:.0%}</source>
        <translation type="vanished">依星期幾預測的正確率是 {weekday_accuracy:.0%}</translation>
    </message>
    <message>
        <source>yesterday predicts only {yesterday_accuracy:.0%}</source>
        <translation type="vanished">依昨天預測的正確率只有 {yesterday_accuracy:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="20"/>
        <source>Worked example: over three weeks of the cycle, the best guess from the weekday is right {weekday_accuracy:.0%} of the time; “the dish after yesterday&apos;s” is right {yesterday_accuracy:.0%}</source>
        <extracomment>The loop of lesson 4&apos;s demo as it opens: a vote of 0.5, doubled each loop, ten loops. How far the RNN&apos;s own loop is run.</extracomment>
        <translation>算例：在三週的輪替裡，依星期幾做出的最佳猜測只有 {weekday_accuracy:.0%} 的時候猜對；「昨天那道菜的下一道」則 {yesterday_accuracy:.0%} 猜對</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="42"/>
        <source>the text has no away day (“?”) after a confident prediction</source>
        <translation>文字中沒有在有把握的預測之後出現不在家的日子（「?」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="45"/>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="85"/>
        <source>the text names no dinner</source>
        <translation>文字中沒有提到任何晚餐</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="53"/>
        <source>Given yesterday&apos;s dinner, the net predicts the next dish of the cycle ({right} of {days} days, at least {confidence:.1%} sure)</source>
        <translation>知道昨天的晚餐後，網路會預測輪替中的下一道菜（{days} 天中有 {right} 天，把握度至少 {confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="56"/>
        <source>yesterday&apos;s dinner is all it takes to predict tonight&apos;s: the next dish of the cycle</source>
        <translation>只要知道昨天的晚餐，就能預測今晚的：輪替中的下一道菜</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="61"/>
        <source>it predicts the next dish on only {right} of {days} days</source>
        <translation>{days} 天中只有 {right} 天預測出下一道菜</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="65"/>
        <source>Worked example: {one_hot} of the {steps} inputs here are one-hot, a single 1 among zeros; the {blank} unknown days (“?”) are all zeros</source>
        <translation>算例：這裡 {steps} 個輸入中有 {one_hot} 個是 one-hot（一堆 0 裡只有一個 1）；{blank} 個不知道的日子（「?」）全為 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="76"/>
        <source>Yesterday&apos;s {dish} votes {vote:+.1f} for {next}, more than for any other dish, and the votes add up to {next} as today&apos;s prediction ({p_next:.0%})</source>
        <translation>昨天的{dish}投給{next} {vote:+.1f}，比投給其他菜都多，這些票加總起來，今天的預測就是{next}（{p_next:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="79"/>
        <source>each input votes for the outputs through the weights; yesterday&apos;s dish votes most for the next dish of the cycle, and the votes add up to that prediction</source>
        <translation>每個輸入都透過權重對輸出投票；昨天的菜最支持輪替中的下一道菜，票數加總後就得到這個預測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="96"/>
        <source>yesterday&apos;s {dish} gives {next} no vote in favour ({vote:+.1f})</source>
        <translation>昨天的{dish}沒有投贊成票給{next}（{vote:+.1f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="98"/>
        <source>yesterday&apos;s {dish} votes more for {top} ({top_vote:+.1f}) than for {next} ({vote:+.1f})</source>
        <translation>昨天的{dish}投給{top}（{top_vote:+.1f}）比投給{next}（{vote:+.1f}）還多</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="101"/>
        <source>the votes add up to another prediction: {next} gets only {p_next:.0%}</source>
        <translation>票數加總後得到別的預測：{next}只有 {p_next:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="104"/>
        <source>On days you were away, the net rolls its own prediction forward ({right} of {days} away days, at least {confidence:.1%} sure)</source>
        <translation>在你不在家的日子，網路會沿用自己的預測往下推（{days} 個不在家的日子中有 {right} 天，把握度至少 {confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="107"/>
        <source>after a day away the net predicts from its own guess for that day: the dish after the one it guessed</source>
        <translation>不在家的隔天，網路根據自己對那天的猜測來預測：它猜的那道菜的下一道</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="113"/>
        <source>after an away day it picks the dish after its own guess on only {right} of {days} days</source>
        <translation>不在家的日子之後，{days} 天中只有 {right} 天選了自己猜測的下一道菜</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="124"/>
        <source>After a name the RNN&apos;s likeliest next word is saw or the period ({p_after_name:.0%} or more together); after saw or a period it is a name ({p_after_verb:.0%} or more)</source>
        <translation>在名字之後，RNN 最可能的下一個單字是看見或句號（兩者合計至少 {p_after_name:.0%}）；在看見或句號之後，是名字（至少 {p_after_verb:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="127"/>
        <source>after a name comes saw or a period; after saw or a period comes a name</source>
        <translation>名字之後接看見或句號；看見或句號之後接名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="135"/>
        <source>the text needs a name and a “saw” or a period</source>
        <translation>文字中需要有名字，以及「看見」或句號</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="146"/>
        <source>after the name “{word}” its likeliest next word is “{top}” ({p_top:.0%})</source>
        <translation>在名字「{word}」之後，它最可能的下一個單字是「{top}」（{p_top:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="148"/>
        <source>after “{word}” its likeliest next word is “{top}” ({p_top:.0%}), not a name</source>
        <translation>在「{word}」之後，它最可能的下一個單字是「{top}」（{p_top:.0%}），不是名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="160"/>
        <source>The previous prediction votes too: at “saw” after “{name}” it adds {from_prev:+.2f} for each name on top of the new word&apos;s {from_word:+.2f}</source>
        <translation>舊預測也會投票：在「{name}」之後的「看見」，它為每個名字加上 {from_prev:+.2f}，疊在新單字的 {from_word:+.2f} 之上</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="163"/>
        <source>having just predicted saw or a period makes a name next more likely still: the previous prediction votes for the names too</source>
        <translation>剛預測過看見或句號，下一步就更傾向名字：舊預測也投票給各個名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="169"/>
        <source>the text has no name followed by “saw”</source>
        <translation>文字中沒有名字後面接著「看見」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="177"/>
        <source>the previous prediction adds only {from_prev:+.2f} for the names (the new word {from_word:+.2f}): this net decides from the new word alone</source>
        <translation>舊預測只為各個名字加了 {from_prev:+.2f}（新單字 {from_word:+.2f}）：這個網路只憑新單字做決定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="182"/>
        <source>At “{name}” the RNN&apos;s votes for saw add up to {z_saw:+.2f}, beyond −1…1; squashing turns them into {h_saw:+.3f}</source>
        <translation>在「{name}」時，RNN 投給看見的票加總為 {z_saw:+.2f}，超出了 −1…1；擠壓之後變成 {h_saw:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="185"/>
        <source>votes can add up beyond −1…1, and squashing brings them back inside</source>
        <translation>票數加總可能超出 −1…1，擠壓函數會把它拉回範圍內</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="190"/>
        <source>the text has no name</source>
        <translation>文字中沒有名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="194"/>
        <source>the votes for saw add up to only {z_saw:+.2f}: inside −1…1 already, so squashing has little to do ({h_saw:+.3f})</source>
        <translation>投給看見的票加總只有 {z_saw:+.2f}：本來就在 −1…1 之內，擠壓幾乎沒事可做（{h_saw:+.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="197"/>
        <source>the prediction for saw is {h_saw:+.3f}: this RNN does not squash (relu leaves large votes as they are)</source>
        <translation>看見的預測是 {h_saw:+.3f}：這個 RNN 沒有擠壓（relu 讓大的票維持原樣）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="201"/>
        <source>Fed only its own prediction, the RNN&apos;s loop multiplies its votes by about {gain:.1f} each time: unsquashed they would reach {unsquashed:,.0f} after {loops} loops; squashed they stay at {squashed:.3f}</source>
        <translation>只餵給它自己的預測時，RNN 的迴圈每繞一圈就把票乘以約 {gain:.1f}：沒有擠壓的話，繞 {loops} 圈後會達到 {unsquashed:,.0f}；有擠壓則停在 {squashed:.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="204"/>
        <source>going round the loop, repeated votes would grow without limit; squashing after every loop keeps them inside −1…1</source>
        <translation>在迴圈裡一再重複的票會無限制地成長；每繞一圈就擠壓一次，才能把它們留在 −1…1 之內</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="209"/>
        <source>this net feeds back its prediction&apos;s probabilities, which are bounded already</source>
        <translation>這個網路送回的是預測的機率，本身就有上下限</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="223"/>
        <source>with these weights the loop shrinks the votes (×{gain:.2f} each time, {unsquashed:.2f} after {loops} loops): nothing piles up for squashing to stop</source>
        <translation>以這組權重，迴圈會讓票變小（每圈 ×{gain:.2f}，繞 {loops} 圈後為 {unsquashed:.2f}）：沒有東西累積，擠壓也就無事可擋</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="226"/>
        <source>squashed, the loop still reaches {squashed:.2f}: this RNN&apos;s relu does not squash</source>
        <translation>即使擠壓，迴圈仍達到 {squashed:.2f}：這個 RNN 的 relu 並不擠壓</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="230"/>
        <source>Worked example: a vote of {start:+.1f} that the loop multiplies by {gain:g} each time is {plain:+,.0f} after {loops} loops; squashed after every loop it stays at {squashed:+.3f}</source>
        <translation>算例：一張 {start:+.1f} 的票，迴圈每次乘以 {gain:g}，繞 {loops} 圈後是 {plain:+,.0f}；每圈都擠壓的話則停在 {squashed:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="281"/>
        <source>the two differ by {difference:.2f}, next to values up to {size:.2f}: this net remembers more than one step</source>
        <translation>兩者相差 {difference:.2f}，而數值最大到 {size:.2f}：這個網路記得不只一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="18"/>
        <source>Worked example: a signal of 0.8 through the valves you set ({v_1:.2f}, {v_2:.2f}, {v_3:.2f}) comes out {out_1:.2f}, {out_2:.2f} and {out_3:.2f}</source>
        <extracomment>The valves of lesson 6&apos;s demo as it opens (the learner moves them). How far a kept memory is followed.</extracomment>
        <translation>算例：0.8 的訊號通過你設定的閥門（{v_1:.2f}、{v_2:.2f}、{v_3:.2f}），得到 {out_1:.2f}、{out_2:.2f} 和 {out_3:.2f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="36"/>
        <source>σ turns the forgetting path&apos;s votes at “saw” into valves: {z_f_saw:+.1f} on saw gives {f_saw:.3f} (shut), {z_f_doug:+.1f} on Doug gives {f_doug:.3f} (open)</source>
        <translation>σ 把遺忘路徑在「看見」時的票變成閥門：看見上的 {z_f_saw:+.1f} 得到 {f_saw:.3f}（關），道格上的 {z_f_doug:+.1f} 得到 {f_doug:.3f}（開）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="39"/>
        <source>a gate is σ of its path&apos;s votes: a strong vote against shuts the valve, a strong vote for opens it</source>
        <translation>閘門是其路徑投票經過 σ 的結果：強烈反對就關上閥門，強烈贊成就打開</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="51"/>
        <source>the forgetting gate on {word} is clamped at {value:.3f}: a clamp, not σ of the votes, sets that valve now</source>
        <translation>遺忘閘門在{word}上被固定為 {value:.3f}：現在決定這個閥門的是固定值，而不是 σ 對投票的運算</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="54"/>
        <source>the votes on saw ({z_f_saw:+.1f}) give a valve of {f_saw:.3f}: open, not shut</source>
        <translation>看見上的票（{z_f_saw:+.1f}）得到的閥門是 {f_saw:.3f}：開著，而不是關著</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="57"/>
        <source>the votes on Doug ({z_f_doug:+.1f}) give a valve of {f_doug:.3f}: shut, not open</source>
        <translation>道格上的票（{z_f_doug:+.1f}）得到的閥門是 {f_doug:.3f}：關著，而不是開著</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="61"/>
        <source>Worked example at “saw”, on Doug: the kept memory f⊙c₋₁ = {f_doug:.3f} × {c_prev_doug:+.3f} = {kept:+.3f}, plus the new votes let in {new:+.3f}, is the memory {c_doug:+.3f}</source>
        <translation>「看見」時道格的算例：保留的記憶 f⊙c₋₁ = {f_doug:.3f} × {c_prev_doug:+.3f} = {kept:+.3f}，加上放進來的新票 {new:+.3f}，就是記憶 {c_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="74"/>
        <source>Memory carries “not Doug” from “Doug” into “saw”: stored as {stored:+.3f}, kept as {kept:+.3f} (forgetting gate {f_doug:.3f})</source>
        <translation>記憶把「非道格」從「道格」帶進「看見」：存入時是 {stored:+.3f}，保留下來 {kept:+.3f}（遺忘閘門 {f_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="77"/>
        <source>what goes into memory at one word is still there at the next, unless the forgetting gate drops it</source>
        <translation>在一個單字存進記憶的東西，到下一個單字時仍在，除非遺忘閘門把它丟掉</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="86"/>
        <source>“not Doug” never got into memory at “Doug” ({stored:+.3f})</source>
        <translation>「非道格」在「道格」時根本沒有進入記憶（{stored:+.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="88"/>
        <source>only {kept:+.3f} of it is kept at “saw” (forgetting gate {f_doug:.3f})</source>
        <translation>到了「看見」只保留了 {kept:+.3f}（遺忘閘門 {f_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="91"/>
        <source>What the forgetting gate keeps, it keeps almost whole: {f_doug:.1%} of “not Doug” at “saw”; held that open, memory would still have {kept_later:.0%} of it {later} words on</source>
        <translation>遺忘閘門保留的東西，幾乎完整保留：在「看見」時保留 {f_doug:.1%} 的「非道格」；閥門一直這樣開著的話，{later} 個單字之後記憶仍保有 {kept_later:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="94"/>
        <source>the forgetting path can keep information for any length of time</source>
        <translation>遺忘路徑能把資訊保留任意長的時間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="101"/>
        <source>the gate keeps only {f_doug:.1%} each word: {later} words on, {kept_later:.0%} would be left</source>
        <translation>閘門每個單字只保留 {f_doug:.1%}：{later} 個單字之後只剩 {kept_later:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="105"/>
        <source>Worked example: memory itself is not squashed, and here it reaches {c_max:.3f} in size; the squashed copy tanh(c) that the selection gate reads stays at {tanh_max:.4f}, inside −1…1</source>
        <translation>算例：記憶本身沒有經過擠壓，這裡它的大小達到 {c_max:.3f}；篩選閘門讀取的擠壓副本 tanh(c) 則停在 {tanh_max:.4f}，在 −1…1 之內</translation>
    </message>
    <message>
        <source>Worked example: memory itself is not squashed, and here it reaches {c_max:.3f} in size; the squashed copy tanh(c) that the selection gate reads stays at {tanh_max:.3f}, inside −1…1</source>
        <translation type="vanished">算例：記憶本身沒有經過擠壓，這裡它的大小達到 {c_max:.3f}；篩選閘門讀取的擠壓副本 tanh(c) 則停在 {tanh_max:.3f}，在 −1…1 之內</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="113"/>
        <source>At “Doug” the selection gate keeps “not Doug” in memory ({c_doug:+.3f}) but out of the prediction ({h_doug:+.3f})</source>
        <translation>在「道格」時，篩選閘門把「非道格」留在記憶裡（{c_doug:+.3f}），但不放進預測（{h_doug:+.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="116"/>
        <source>the selection gate picks what goes out as the prediction; the rest stays in memory</source>
        <translation>篩選閘門挑出要作為預測輸出的部分；其餘的留在記憶裡</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="124"/>
        <source>there is no “not Doug” in memory to hold back ({c_doug:+.3f})</source>
        <translation>記憶中沒有可以擋下的「非道格」（{c_doug:+.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="126"/>
        <source>the selection gate on Doug is {o_doug:.3f}, so “not Doug” goes out as {h_doug:+.3f}</source>
        <translation>篩選閘門在道格上是 {o_doug:.3f}，所以「非道格」以 {h_doug:+.3f} 輸出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="130"/>
        <source>In this net the ignoring gate is open on every word (lowest {i_min:.3f}): every vote reaches memory</source>
        <translation>在這個網路裡，忽視閘門對每個單字都是開著的（最低 {i_min:.3f}）：每一張票都進入記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="132"/>
        <source>in this small net nothing needs ignoring: the ignoring gate lets every vote in</source>
        <translation>在這個小網路裡沒有什麼需要忽視：忽視閘門讓每一張票都進來</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="141"/>
        <source>at “{word}” the ignoring gate on {unit} is down to {i_min:.3f}: it sets votes aside</source>
        <translation>在「{word}」時，{unit}上的忽視閘門降到 {i_min:.3f}：它把票擱在一旁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/lstm_facts.py" line="145"/>
        <source>Worked example at “saw”: the new word gives the prediction path votes up to {from_word:.3f} in size (W·x); the previous prediction adds up to {from_prev:.3f} (U·h₋₁)</source>
        <translation>「看見」時的算例：新單字給預測路徑的票最大為 {from_word:.3f}（W·x）；舊預測最多再加上 {from_prev:.3f}（U·h₋₁）</translation>
    </message>
    <message>
        <source>Every word goes in as a one-hot vector: {one_hot} of {steps} inputs have a single 1 and zeros elsewhere ({blank} unknown days are all zeros)</source>
        <translation type="vanished">每個單字都以 one-hot 向量輸入：{steps} 個輸入中有 {one_hot} 個只有一個 1、其餘都是 0（{blank} 個未知的日子全為 0）</translation>
    </message>
    <message>
        <source>{one_hot} of {steps} inputs are one-hot</source>
        <translation type="vanished">{steps} 個輸入中有 {one_hot} 個是 one-hot</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="243"/>
        <source>After “Doug saw”, the RNN finds Doug ({p_doug:.0%}) as likely as Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}): it can write “Doug saw Doug.”</source>
        <translation>在「道格看見」之後，RNN 認為道格（{p_doug:.0%}）和珍（{p_jane:.0%}）、小點（{p_spot:.0%}）一樣可能：它可能寫出「道格看見道格。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="246"/>
        <source>looking only one step back, the RNN can write “Doug saw Doug.”</source>
        <translation>只往回看一步，RNN 就可能寫出「道格看見道格。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="251"/>
        <source>the text has no “Doug saw”</source>
        <translation>文字中沒有「道格看見」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="257"/>
        <source>Doug gets only {p_doug:.0%} after “Doug saw”: this net avoids the mistake</source>
        <translation>在「道格看見」之後道格只有 {p_doug:.0%}：這個網路避開了這個錯誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="260"/>
        <source>The RNN&apos;s memory is one step: what it carries into “saw” after Doug and after another name differs by only {difference:.3f}, so it cannot know who saw</source>
        <translation>RNN 的記憶只有一步：在道格之後和在其他名字之後，它帶進「看見」的內容只相差 {difference:.3f}，所以它無法知道是誰看見</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="263"/>
        <source>at “saw” the RNN carries the same thing whoever did the seeing</source>
        <translation>在「看見」時，不論是誰看見，RNN 帶著的內容都一樣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="272"/>
        <source>the text needs “Doug saw” and another name followed by “saw”</source>
        <translation>文字中需要有「道格看見」，以及另一個名字後面接著「看見」</translation>
    </message>
    <message>
        <source>the two differ by {difference:.2f}: this net remembers more than one step</source>
        <translation type="vanished">兩者相差 {difference:.2f}：這個網路記得不只一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="285"/>
        <source>After “saw” and a name, “saw” ({p_saw:.0%}) is as likely as the period ({p_period:.0%}): run-ons like “Doug saw Jane saw Spot…”</source>
        <translation>在「看見」和一個名字之後，「看見」（{p_saw:.0%}）和句號（{p_period:.0%}）一樣可能：會寫出像「道格看見珍看見小點⋯⋯」這樣停不下來的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="288"/>
        <source>after “saw” and a name the RNN may write saw again: run-ons</source>
        <translation>在「看見」和一個名字之後，RNN 可能又寫出看見：停不下來的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="294"/>
        <source>the text has no name after “saw”</source>
        <translation>文字中「看見」後面沒有名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="299"/>
        <source>“saw” gets only {p_saw:.0%} after the object: no run-ons</source>
        <translation>在受詞之後「看見」只有 {p_saw:.0%}：不會寫出停不下來的句子</translation>
    </message>
    <message>
        <source>Ten votes of 0.8 add up to {unsquashed:.1f} without squashing, but stay at {squashed:.2f} when tanh squashes after each vote</source>
        <translation type="vanished">十張 0.8 的票不經擠壓會加總到 {unsquashed:.1f}，但若每次投票後都用 tanh 擠壓，就會維持在 {squashed:.2f}</translation>
    </message>
    <message>
        <source>squashed sum {squashed:.2f}</source>
        <translation type="vanished">擠壓後的總和 {squashed:.2f}</translation>
    </message>
    <message>
        <source>Every tanh-squashed value in this trace stays within −1…1 (largest size {max_abs:.3f})</source>
        <translation type="vanished">這份運算紀錄中每個經 tanh 擠壓的數值都保持在 −1…1 之間（最大絕對值 {max_abs:.3f}）</translation>
    </message>
    <message>
        <source>a squashed value reaches {max_abs:.3f}</source>
        <translation type="vanished">有個擠壓後的數值達到 {max_abs:.3f}</translation>
    </message>
    <message>
        <source>Every gate value (σ) lies between 0 and 1 (from {low:.3f} to {high:.3f})</source>
        <translation type="vanished">每個閘門值（σ）都介於 0 和 1 之間（從 {low:.3f} 到 {high:.3f}）</translation>
    </message>
    <message>
        <source>a gate reaches {low:.3f} … {high:.3f}</source>
        <translation type="vanished">有個閘門達到 {low:.3f} … {high:.3f}</translation>
    </message>
    <message>
        <source>A signal of 0.8 through valves set to 1, 0.5 and 0 comes out {out_1:.1f}, {out_2:.1f} and {out_3:.1f}</source>
        <translation type="vanished">0.8 的訊號通過設為 1、0.5 和 0 的閥門後，得到 {out_1:.1f}、{out_2:.1f} 和 {out_3:.1f}</translation>
    </message>
    <message>
        <source>the valves give {out_1}, {out_2}, {out_3}</source>
        <translation type="vanished">閥門得到 {out_1}、{out_2}、{out_3}</translation>
    </message>
    <message>
        <source>At every step the new memory is kept memory ⊕ admitted votes, c = f⊙c₋₁ + i⊙g (largest difference {max_error:.1e})</source>
        <translation type="vanished">每一步的新記憶都是「保留的記憶 ⊕ 放行的投票」，c = f⊙c₋₁ + i⊙g（最大差異 {max_error:.1e}）</translation>
    </message>
    <message>
        <source>c differs from f⊙c₋₁ + i⊙g by {max_error:.2e}</source>
        <translation type="vanished">c 與 f⊙c₋₁ + i⊙g 相差 {max_error:.2e}</translation>
    </message>
    <message>
        <source>The prediction is the squashed memory through the selection gate, h = o⊙tanh(c) (largest difference {max_error:.1e})</source>
        <translation type="vanished">預測是擠壓後的記憶通過篩選閘門的結果，h = o⊙tanh(c)（最大差異 {max_error:.1e}）</translation>
    </message>
    <message>
        <source>h differs from o⊙tanh(c) by {max_error:.2e}</source>
        <translation type="vanished">h 與 o⊙tanh(c) 相差 {max_error:.2e}</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="21"/>
        <source>Prediction path: a small network that reads the new information and the previous prediction and votes for (+) or against (−) each unit, squashed by tanh into −1…1.</source>
        <extracomment>One sentence per box or node: what it does, in the lesson&apos;s terms.</extracomment>
        <translation>預測路徑：一個小網路，讀取新資訊和舊預測，對每個單元投下贊成 (+) 或反對 (−) 票，再經 tanh 擠壓到 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="22"/>
        <source>Ignoring gate: decides, per unit, how much of the prediction path&apos;s fresh votes is let into memory (0 = ignore it, 1 = let it all in).</source>
        <translation>忽視閘門：逐單元決定預測路徑的新投票有多少能放行進入記憶（0 = 忽視，1 = 全部放行）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="23"/>
        <source>Forgetting gate: decides, per unit, how much of the old memory to keep (0 = forget it, 1 = keep all of it).</source>
        <translation>遺忘閘門：逐單元決定要保留多少舊記憶（0 = 忘掉，1 = 全部保留）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="24"/>
        <source>Selection gate: decides, per unit, how much of the memory is released as this step&apos;s prediction (0 = hold it back, 1 = let it out).</source>
        <translation>篩選閘門：逐單元決定釋出多少記憶，作為這一步的預測（0 = 擋下，1 = 放出）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="25"/>
        <source>Prediction: a small network that combines the new information and the previous prediction into votes for each unit, squashed by tanh into −1…1.</source>
        <translation>預測：一個小網路，把新資訊和舊預測結合成對每個單元的投票，再經 tanh 擠壓到 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="26"/>
        <source>Prediction: a small network that combines the new information and the previous prediction into votes for each unit; relu keeps a positive vote as it is and turns a negative one into 0, so nothing bounds it from above.</source>
        <translation>預測：一個小網路，把新資訊和舊預測結合成對每個單元的投票；relu 讓正的票維持原樣，把負的票變成 0，所以它沒有上限。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="28"/>
        <source>Reset gate: decides, per unit, how much of the previous prediction the new votes may use (0 = start afresh from the new information, 1 = use all of it).</source>
        <translation>重設閘門：逐單元決定新的投票可以用多少舊預測（0 = 只從新資訊重新開始，1 = 全部使用）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="29"/>
        <source>Update gate: the valve between the old prediction and the new one, per unit (1 = keep the old prediction, 0 = take the new votes).</source>
        <translation>更新閘門：逐單元介於舊預測與新預測之間的閥門（1 = 保留舊預測，0 = 採用新的投票）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="30"/>
        <source>New prediction: a small network that votes from the new information and the part of the previous prediction the reset gate lets through, squashed by tanh into −1…1.</source>
        <translation>新預測：一個小網路，根據新資訊和重設閘門放行的那部分舊預測來投票，再經 tanh 擠壓到 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="31"/>
        <source>Reset ⊗: scales the previous prediction&apos;s votes, Uₙhₜ₋₁ + b, element by element by the reset gate before they join the new votes.</source>
        <translation>重設 ⊗：舊預測的投票 Uₙhₜ₋₁ + b 在加入新的投票之前，先與重設閘門逐元素相乘來縮放。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="32"/>
        <source>Keep ⊗: multiplies the previous prediction by the update gate z: the share of the old prediction each unit keeps.</source>
        <translation>保留 ⊗：將舊預測乘以更新閘門 z，得到每個單元保留的舊預測部分。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="33"/>
        <source>New ⊗: multiplies the new prediction by 1 − z: the share of the new votes each unit takes.</source>
        <translation>新 ⊗：將新預測乘以 1 − z，得到每個單元採用的新投票部分。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="34"/>
        <source>Mixing ⊕: adds the kept old prediction and the admitted new votes; since z and 1 − z share each unit, hₜ lies between hₜ₋₁ and n.</source>
        <translation>混合 ⊕：將保留的舊預測與放行的新投票相加；由於每個單元都由 z 與 1 − z 分攤，hₜ 會落在 hₜ₋₁ 與 n 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="35"/>
        <source>Prediction hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n: this step&apos;s output and the next step&apos;s previous prediction. A GRU has no memory line apart from it.</source>
        <translation>預測 hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n：這一步的輸出，也是下一步的舊預測。除了它之外，GRU 沒有另外的記憶線。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="36"/>
        <source>Forgetting ⊗: multiplies the old memory element by element by the forgetting gate, so each unit keeps only the share the gate allows.</source>
        <translation>遺忘 ⊗：將舊記憶與遺忘閘門逐元素相乘，讓每個單元只保留閘門允許的部分。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="37"/>
        <source>Ignoring ⊗: multiplies the prediction path&apos;s votes element by element by the ignoring gate, so only what the gate lets in goes on to memory.</source>
        <translation>忽視 ⊗：將預測路徑的投票與忽視閘門逐元素相乘，只有閘門放行的部分才會進入記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="38"/>
        <source>Merging ⊕: adds the kept memory and the admitted new votes element by element; the sum is the new memory cₜ.</source>
        <translation>合併 ⊕：將保留的記憶與放行的新投票逐元素相加；總和就是新的記憶 cₜ。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="39"/>
        <source>Squashing again: the memory itself is left unsquashed, so it can hold what piles up, and after ⊕ it can leave −1…1; tanh squeezes a copy of it back into −1…1 before the selection gate picks the prediction.</source>
        <translation>再擠壓一次：記憶本身不經擠壓，才能存放累積起來的東西，而經過 ⊕ 之後它可能超出 −1…1；在篩選閘門挑出預測之前，tanh 把它的一個副本擠回 −1…1。</translation>
    </message>
    <message>
        <source>Squashing: tanh squeezes the memory into −1…1, so votes that pile up over many steps cannot grow without bound.</source>
        <translation type="vanished">擠壓：tanh 把記憶擠進 −1…1 之間，讓經過許多步累積的投票不會無限制地增長。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="40"/>
        <source>Selection ⊗: multiplies the squashed memory element by element by the selection gate, so only the selected units become the prediction hₜ.</source>
        <translation>篩選 ⊗：將擠壓後的記憶與篩選閘門逐元素相乘，只有被選中的單元會成為預測 hₜ。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="41"/>
        <source>Next step: this prediction is fed back as the previous prediction hₜ₋₁ when the next word comes in.</source>
        <translation>下一步：下一個單字輸入時，這個預測會送回來，成為舊預測 hₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="42"/>
        <source>New information: this step&apos;s word as a one-hot vector, one cell per vocabulary word.</source>
        <translation>新資訊：這一步的單字，以 one-hot 向量表示，字彙中的每個單字各占一格。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="43"/>
        <source>Previous prediction: what the cell predicted at the step before, fed back in.</source>
        <translation>舊預測：細胞在上一步做出的預測，再送回來作為輸入。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="44"/>
        <source>Previous prediction: the next-word probabilities this net gave at the step before, fed back in. It is the net&apos;s only memory, as yesterday&apos;s prediction is the dinner net&apos;s.</source>
        <translation>舊預測：這個網路在上一步給出的下一個單字機率，送回來當輸入。這是它唯一的記憶，就像晚餐網路唯一記得的是昨天的預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="45"/>
        <source>Next-word probabilities: the readout&apos;s scores for every word, squashed by softmax so they add up to 1. They are this step&apos;s prediction and the next step&apos;s input.</source>
        <translation>下一個單字的機率：輸出層給每個單字的分數，經 softmax 壓成總和為 1。它們是這一步的預測，也是下一步的輸入。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="46"/>
        <source>Next step: the probabilities are fed back as the previous prediction pₜ₋₁ when the next word comes in.</source>
        <translation>下一步：下一個單字進來時，這些機率送回來成為舊預測 pₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="47"/>
        <source>Memory cₜ₋₁: what the cell carried over from earlier steps.</source>
        <translation>記憶 cₜ₋₁：細胞從先前各步帶過來的內容。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="48"/>
        <source>Memory cₜ: the kept old memory plus the new votes the ignoring gate let in.</source>
        <translation>記憶 cₜ：保留的舊記憶，加上忽視閘門放行的新投票。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="49"/>
        <source>Squashed memory: the new memory passed through tanh, so it stays within −1…1.</source>
        <translation>擠壓後的記憶：新的記憶經過 tanh，因此保持在 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="50"/>
        <source>Prediction hₜ: the squashed memory after the selection gate; it is this step&apos;s output and the next step&apos;s previous prediction.</source>
        <translation>預測 hₜ：擠壓後的記憶通過篩選閘門的結果；它是這一步的輸出，也是下一步的舊預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="51"/>
        <source>Memory cₜ is carried along the top line to the next step, where it becomes cₜ₋₁.</source>
        <translation>記憶 cₜ 沿著最上方的線傳到下一步，在那裡成為 cₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="72"/>
        <source>unit</source>
        <extracomment>What one cell of a strip is: a unit, a word (one-hot input) or a value (an embedding&apos;s).</extracomment>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="73"/>
        <source>word</source>
        <translation>詞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="74"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="42"/>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="52"/>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="58"/>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="64"/>
        <source>1 · In: the new information xₜ and the previous prediction hₜ₋₁</source>
        <extracomment>(scene, units, inputs, input_noun) → the layout, drawn into the scene. What each stage does (``QCoreApplication.translate(&quot;diagram&quot;, …)`` words them). The whole step in one formula.</extracomment>
        <translation>1 · 輸入：新資訊 xₜ 和舊預測 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="43"/>
        <source>2 · Four paths vote: g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)</source>
        <translation>2 · 四條路徑投票：g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="44"/>
        <source>3 · Forgetting: f ⊙ cₜ₋₁ keeps part of the old memory</source>
        <translation>3 · 遺忘：f ⊙ cₜ₋₁ 保留部分舊記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="45"/>
        <source>4 · Ignoring: i ⊙ g lets part of the new votes in</source>
        <translation>4 · 忽視：i ⊙ g 放行部分新投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="46"/>
        <source>5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g</source>
        <translation>5 · 合併：cₜ = f ⊙ cₜ₋₁ + i ⊙ g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="47"/>
        <source>6 · Squashing: tanh(cₜ) keeps the memory&apos;s votes within −1…1</source>
        <translation>6 · 擠壓：tanh(cₜ) 讓記憶中的投票保持在 −1…1 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="48"/>
        <source>7 · Selection: hₜ = o ⊙ tanh(cₜ)</source>
        <translation>7 · 篩選：hₜ = o ⊙ tanh(cₜ)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="49"/>
        <source>8 · Out: the prediction hₜ, which also comes back as the next step&apos;s hₜ₋₁</source>
        <translation>8 · 輸出：預測 hₜ，它也會送回來成為下一步的 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="53"/>
        <source>2 · The prediction path: hₜ = tanh(W·x + U·h₋₁ + b)</source>
        <translation>2 · 預測路徑：hₜ = tanh(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="54"/>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="60"/>
        <source>3 · Out: the prediction hₜ</source>
        <translation>3 · 輸出：預測 hₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="55"/>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="61"/>
        <source>4 · Next step: hₜ comes back as hₜ₋₁</source>
        <translation>4 · 下一步：hₜ 送回來成為 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="59"/>
        <source>2 · The prediction path: hₜ = relu(W·x + U·h₋₁ + b) = max(0, …)</source>
        <translation>2 · 預測路徑：hₜ = relu(W·x + U·h₋₁ + b) = max(0, …)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="65"/>
        <source>2 · Two valves: update z = σ(W_z·x + U_z·h₋₁ + b_z), reset r = σ(W_r·x + U_r·h₋₁ + b_r)</source>
        <translation>2 · 兩個閥門：更新 z = σ(W_z·x + U_z·h₋₁ + b_z)，重設 r = σ(W_r·x + U_r·h₋₁ + b_r)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="66"/>
        <source>3 · Reset: r ⊙ (Uₙ·h₋₁ + b_hn) keeps part of the old prediction&apos;s votes</source>
        <translation>3 · 重設：r ⊙ (Uₙ·h₋₁ + b_hn) 保留部分舊預測的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="67"/>
        <source>4 · New prediction: n = tanh(Wₙ·x + bₙ + r ⊙ (Uₙ·h₋₁ + b_hn))</source>
        <translation>4 · 新預測：n = tanh(Wₙ·x + bₙ + r ⊙ (Uₙ·h₋₁ + b_hn))</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="68"/>
        <source>5 · Update: z ⊙ hₜ₋₁ keeps part of the old, (1 − z) ⊙ n takes part of the new</source>
        <translation>5 · 更新：z ⊙ hₜ₋₁ 保留部分舊的，(1 − z) ⊙ n 採用部分新的</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="69"/>
        <source>6 · Mixing: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n</source>
        <translation>6 · 混合：hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ n</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="70"/>
        <source>7 · Out: the prediction hₜ, which also comes back as the next step&apos;s hₜ₋₁</source>
        <translation>7 · 輸出：預測 hₜ，它也會送回來成為下一步的 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="73"/>
        <source>1 · In: the new information xₜ and the previous prediction pₜ₋₁</source>
        <translation>1 · 輸入：新資訊 xₜ 與舊預測 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="74"/>
        <source>2 · The prediction path: hₜ = tanh(W·x + U·pₜ₋₁ + b)</source>
        <translation>2 · 預測路徑：hₜ = tanh(W·x + U·pₜ₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="75"/>
        <source>3 · Out: the next-word probabilities pₜ = softmax(W_out·hₜ + b_out)</source>
        <translation>3 · 輸出：下一個單字的機率 pₜ = softmax(W_out·hₜ + b_out)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/kinds.py" line="76"/>
        <source>4 · Next step: pₜ comes back as pₜ₋₁</source>
        <translation>4 · 下一步：pₜ 送回來成為 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/substeps.py" line="33"/>
        <source>2 · The prediction path votes: g = tanh(W_g·x + U_g·h₋₁ + b_g)</source>
        <translation>2 · 預測路徑投票：g = tanh(W_g·x + U_g·h₋₁ + b_g)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/substeps.py" line="35"/>
        <source>;  {0} = σ(W·x + U·h₋₁ + b)</source>
        <translation>;  {0} = σ(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/substeps.py" line="37"/>
        <source>5 · Merging: cₜ = f ⊙ cₜ₋₁ + g</source>
        <translation>5 · 合併：cₜ = f ⊙ cₜ₋₁ + g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/scene.py" line="128"/>
        <source>next step · hₜ becomes hₜ₋₁</source>
        <extracomment>Painting for a vector file (SVG, PDF; see ``ui.export``): the strips paint every cell as a rect with its number, never a scaled image. The wire captions by key (the views may name what a wire carries right now). Items to light up together, in computation order (each item in one stage).</extracomment>
        <translation>下一步 · hₜ 變成 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/scene.py" line="129"/>
        <source>next step · pₜ becomes pₜ₋₁</source>
        <translation>下一步 · pₜ 變成 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="93"/>
        <source>{0} units</source>
        <extracomment>A strip wraps to stay about as wide as a path box (so the cell stays compact enough to fit a small screen whole), unless that would take more than MAX_ROWS rows.</extracomment>
        <translation>{0} 個單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="94"/>
        <source>{0} words</source>
        <translation>{0} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="95"/>
        <source>{0} values</source>
        <translation>{0} 個值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/layout_gru.py" line="39"/>
        <source>1 − z</source>
        <translation>1 − z</translation>
    </message>
</context>
<context>
    <name>dinner</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="25"/>
        <source>pizza</source>
        <extracomment>The dishes&apos; names, for lupdate.</extracomment>
        <translation>披薩</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="25"/>
        <source>sushi</source>
        <translation>壽司</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="26"/>
        <source>waffles</source>
        <translation>鬆餅</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="18"/>
        <source>new information · xₜ</source>
        <translation>新資訊 · xₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="19"/>
        <source>previous prediction · hₜ₋₁</source>
        <translation>舊預測 · hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="20"/>
        <source>previous prediction · pₜ₋₁</source>
        <translation>舊預測 · pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="21"/>
        <source>memory · cₜ₋₁</source>
        <translation>記憶 · cₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="22"/>
        <source>ignoring · i</source>
        <translation>忽視 · i</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="23"/>
        <source>forgetting · f</source>
        <translation>遺忘 · f</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="24"/>
        <source>prediction · g</source>
        <translation>預測 · g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="25"/>
        <source>selection · o</source>
        <translation>篩選 · o</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="26"/>
        <source>memory · cₜ</source>
        <translation>記憶 · cₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="27"/>
        <source>squashed memory · tanh cₜ</source>
        <translation>擠壓後的記憶 · tanh cₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="28"/>
        <source>prediction · hₜ</source>
        <translation>預測 · hₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="29"/>
        <source>next word · p</source>
        <translation>下一個單字 · p</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="31"/>
        <source>reset · r</source>
        <translation>重設 · r</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="32"/>
        <source>update · z</source>
        <translation>更新 · z</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="33"/>
        <source>new prediction · n</source>
        <translation>新預測 · n</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="34"/>
        <source>old prediction&apos;s votes · Uₙhₜ₋₁</source>
        <translation>舊預測的投票 · Uₙhₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="102"/>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="17"/>
        <source>prediction · relu</source>
        <translation>預測 · relu</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session_edits.py" line="103"/>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="16"/>
        <source>prediction · tanh</source>
        <extracomment>The wire names in the current language (re-exported for the layouts and strips). Titles of the path boxes; &apos;rnn&apos; is the plain recurrent cell&apos;s single path.</extracomment>
        <translation>預測 · tanh</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="39"/>
        <source>Dinner</source>
        <extracomment>The RNN&apos;s mistakes read the book from its third sentence, so each &quot;name saw&quot; that is compared follows a period (the very first word has no previous prediction at all). The dinner-days demo starts with you away on days 3, 5 and 6. Lesson 6&apos;s longer text for memory that leaves −1…1 once forgetting is held open. TRANSLATORS — one term per concept (zh-TW): recurrent 遞迴; loop 迴圈; the dinner cycle 輪替; vote 投票/票; new information 新資訊; previous prediction 舊預測; prediction path 預測路徑; memory 記憶; squashing 擠壓; the logistic function 邏輯函數; gate 閘門; valve 閥門; ignoring/forgetting/selection 忽視/遺忘/篩選; element-wise 逐元素; vocabulary 字彙; word 單字; the book&apos;s words 道格、珍、小點、看見、句號; the dishes 披薩、壽司、鬆餅.</extracomment>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="40"/>
        <source>What&apos;s for dinner?</source>
        <translation>晚餐吃什麼？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="41"/>
        <source>Your roommate cooks every evening, and it is always one of three dishes: pizza, sushi or waffles. You would like to know tonight&apos;s dish before you get home.</source>
        <translation>你的室友每天晚上都會下廚，而且一定是這三道菜之一：披薩、壽司或鬆餅。你希望在回到家之前，就知道今晚吃什麼。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="44"/>
        <source>The obvious clues — the day of the week, the month, whether your roommate had a late meeting — are no help: a network trained on them guesses about as well as rolling a three-sided die.</source>
        <translation>最明顯的線索——星期幾、幾月、室友是不是開會開到很晚——都派不上用場：用這些資料訓練出來的網路，猜中的機率跟擲一顆三面骰子差不多。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="48"/>
        <source>The cycle</source>
        <translation>輪替</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="49"/>
        <source>Look at the log instead of the calendar and a pattern appears: pizza, then sushi, then waffles, then pizza again, without fail.</source>
        <translation>別看日曆，改看晚餐紀錄，規律就浮現了：先是披薩，接著壽司，然後鬆餅，再回到披薩，從不例外。</translation>
    </message>
    <message>
        <source>A three-day cycle slides past the seven-day week, so every weekday gets every dish equally often. The one thing that predicts tonight is last night.</source>
        <translation type="vanished">三天一輪的週期和七天一週的星期互相錯開，所以每個星期幾吃到每道菜的次數都一樣多。唯一能預測今晚的，就是昨晚。</translation>
    </message>
    <message>
        <source>A network that looks back</source>
        <translation type="vanished">會回頭看的網路</translation>
    </message>
    <message>
        <source>The recurrent network gets two inputs: yesterday&apos;s actual dinner (the new information) and its own prediction for yesterday (the previous prediction). From them it makes today&apos;s prediction.</source>
        <translation type="vanished">循環神經網路有兩個輸入：昨天實際吃的晚餐（新資訊），以及它自己對昨天的預測（舊預測）。它根據這兩者做出今天的預測。</translation>
    </message>
    <message>
        <source>Tomorrow, today&apos;s prediction comes back in as “yesterday&apos;s prediction”: that loop, drawn as the dashed arrow, is what makes the network recurrent.</source>
        <translation type="vanished">到了明天，今天的預測會再送回來，成為「昨日預測」：圖中以虛線箭頭畫出的這個迴圈，正是讓網路成為「循環」網路的關鍵。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="108"/>
        <source>Away for a few days</source>
        <translation>出門幾天</translation>
    </message>
    <message>
        <source>When you were away you do not know what was cooked: the new information is empty (“?”). The network still has its own guess for that day, and predicts the dish after it.</source>
        <translation type="vanished">你不在家的時候，就不知道煮了什麼：新資訊是空的（「?」）。不過網路對那天仍有自己的猜測，於是預測它的下一道菜。</translation>
    </message>
    <message>
        <source>Mark days away below. Several in a row, and it keeps rolling its own guesses forward. Away on the very first day, it has nothing to go on.</source>
        <translation type="vanished">在下方標出你不在家的日子。連續好幾天不在家，它就會一路沿用自己的猜測往下推；要是第一天就不在家，它就毫無依據了。</translation>
    </message>
    <message>
        <source>Vectors and one-hot</source>
        <translation type="vanished">向量與 one-hot</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="67"/>
        <source>A list of numbers</source>
        <translation>一串數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="68"/>
        <source>A vector is just a list of numbers in a fixed order. A day&apos;s weather could be: high 24 °C, low 6 °C, wind 21 km/h, 83 % chance of rain — the vector [24, 6, 21, 0.83].</source>
        <translation>向量（vector）只是一串依固定順序排列的數字。某一天的天氣可以寫成：最高溫 24 °C、最低溫 6 °C、風速 21 km/h、降雨機率 83 %——也就是向量 [24, 6, 21, 0.83]。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="71"/>
        <source>Position carries the meaning: the first number is always the high, the last always the chance of rain.</source>
        <translation>意義由位置決定：第一個數字永遠是最高溫，最後一個永遠是降雨機率。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="74"/>
        <source>One-hot</source>
        <translation>One-hot 編碼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="75"/>
        <source>Even “today is Tuesday” is a vector: one position per weekday, Monday to Sunday, a 1 for Tuesday and 0 everywhere else: [0, 1, 0, 0, 0, 0, 0].</source>
        <translation>就連「今天是週二」也可以用向量表示：週一到週日每天各占一個位置，週二為 1，其他都是 0：[0, 1, 0, 0, 0, 0, 0]。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="78"/>
        <source>A vector with a single 1 among zeros is called one-hot. It is a very common way to feed categories to a network.</source>
        <translation>只有一個 1、其餘都是 0 的向量稱為 one-hot（或譯作「獨熱」）向量。這是把類別資料輸入網路時非常常見的做法。</translation>
    </message>
    <message>
        <source>Dinners and words</source>
        <translation type="vanished">晚餐與單字</translation>
    </message>
    <message>
        <source>Pizza is [1, 0, 0] over (pizza, sushi, waffles), and a prediction is a vector of the same length: one score per dish, the largest wins.</source>
        <translation type="vanished">依 (pizza, sushi, waffles) 的順序，pizza 就是 [1, 0, 0]；預測也是同樣長度的向量：每道菜一個分數，分數最高的勝出。</translation>
    </message>
    <message>
        <source>Words work the same way. With the five words Doug, Jane, Spot, saw and the period, each word is a one-hot vector of five: the new-information strip lights exactly one cell per step.</source>
        <translation type="vanished">單字也是同樣的道理。有了 Doug、Jane、Spot、saw 和句號這五個字，每個單字都是長度為五的 one-hot 向量：新資訊那一列每一步都恰好只亮一格。</translation>
    </message>
    <message>
        <source>The children&apos;s book with an RNN</source>
        <translation type="vanished">用 RNN 寫童書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="121"/>
        <source>A very small book</source>
        <translation>一本很小的書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="122"/>
        <source>The book uses five words: Doug, Jane, Spot, saw and the period. All it says is “Doug saw Jane. Jane saw Spot. Spot saw Doug.”</source>
        <translation>這本書只用了五個字：道格、珍、小點、看見和句號。整本書的內容就是「道格看見珍。珍看見小點。小點看見道格。」</translation>
    </message>
    <message>
        <source>The task: read it word by word and predict the next word.</source>
        <translation type="vanished">任務是：逐字讀下去，並預測下一個字。</translation>
    </message>
    <message>
        <source>What a plain RNN learns</source>
        <translation type="vanished">一般 RNN 學到了什麼</translation>
    </message>
    <message>
        <source>A plain recurrent network sees the new word and its previous prediction. It learns the simplest rule that fits: after a name comes “saw” or a period; after “saw” or a period comes a name.</source>
        <translation type="vanished">一般的循環神經網路看得到新的單字和它的舊預測。它學到的是最簡單、又符合資料的規則：名字之後接「saw」或句號；「saw」或句號之後接名字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="168"/>
        <source>Let it write</source>
        <translation>讓它寫寫看</translation>
    </message>
    <message>
        <source>Let the network write on its own and count its sentences. Some are right, but it also writes “Doug saw Doug.” and run-ons like “Doug saw Jane saw Spot saw …”.</source>
        <translation type="vanished">讓網路自己寫，再數一數它寫出的句子。有些是對的，但它也會寫出「Doug saw Doug.」，以及像「Doug saw Jane saw Spot saw …」這樣停不下來的句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="172"/>
        <source>The LSTM of lesson 7, sampled the same way, writes only proper sentences.</source>
        <translation>第 7 課的 LSTM 用同樣的方式取樣，寫出的全都是正確的句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="180"/>
        <source>“Lost” is what happens after a word the rule did not expect (“Doug saw.”): its only memory is its last prediction, so one wrong turn leads to the next (“Spot saw Jane Jane Spot …”).</source>
        <translation>「迷路」發生在規則沒料到的字出現之後（「道格看見。」）：它唯一的記憶就是上一次的預測，所以走錯一步就會接著走錯下一步（「小點看見珍珍小點⋯⋯」）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="185"/>
        <source>Why: one step of memory</source>
        <translation>原因：只有一步的記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="186"/>
        <source>At “saw” the network knows only “saw” and its previous prediction, and that prediction looks the same after Doug as after Jane. Who did the seeing is already gone, so every name looks fine.</source>
        <translation>讀到「看見」時，網路只知道「看見」和它的舊預測，而不論前面是道格還是珍，這個預測看起來都一樣。是誰看見早已無從得知，所以每個名字看起來都可以。</translation>
    </message>
    <message>
        <source>That is a limit of this design, whose only memory is its last prediction; a recurrent net with hidden units of its own can learn this book. To look further back, the LSTM adds a memory.</source>
        <translation type="vanished">這是這種設計的限制：它唯一的記憶就是舊預測；擁有自己隱藏單元的循環網路就學得會這本書。為了看得更遠，LSTM 加上了記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="146"/>
        <source>Squashing</source>
        <translation>擠壓</translation>
    </message>
    <message>
        <source>Two squashing functions</source>
        <translation type="vanished">兩種擠壓函數</translation>
    </message>
    <message>
        <source>tanh squeezes any number into −1 … 1: large positive values come out near 1, large negative ones near −1, small ones almost unchanged.</source>
        <translation type="vanished">tanh 會把任何數字擠進 −1 … 1 之間：很大的正數會接近 1，很大的負數會接近 −1，很小的數則幾乎不變。</translation>
    </message>
    <message>
        <source>The logistic function σ squeezes into 0 … 1 instead, which is just what a gate needs: 0 shut, 1 open. Drag the marker to read both.</source>
        <translation type="vanished">邏輯函數 σ 則是擠進 0 … 1 之間，這正是閘門需要的：0 是關，1 是開。拖曳標記即可同時讀出兩者的值。</translation>
    </message>
    <message>
        <source>Votes that pile up</source>
        <translation type="vanished">越積越多的投票</translation>
    </message>
    <message>
        <source>In a recurrent network the same values go round the loop step after step. Added up again and again, a vote grows without limit.</source>
        <translation type="vanished">在循環網路中，同樣的數值會一步接一步地在迴圈中打轉。一再相加之下，投票的數值會無限制地增長。</translation>
    </message>
    <message>
        <source>Squash after every step and the total stays inside −1 … 1, however many votes come in.</source>
        <translation type="vanished">如果每一步之後都擠壓一次，不論投進多少票，總和都會保持在 −1 … 1 之間。</translation>
    </message>
    <message>
        <source>Element-wise operations and gates</source>
        <translation type="vanished">逐元素運算與閘門</translation>
    </message>
    <message>
        <source>Element by element</source>
        <translation type="vanished">逐元素</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="206"/>
        <source>Two vectors of the same length can be combined position by position: ⊕ adds each pair, ⊗ multiplies each pair. The result has the same length again.</source>
        <translation>兩個長度相同的向量可以按位置逐一結合：⊕ 把每一對相加，⊗ 把每一對相乘。結果仍是相同長度的向量。</translation>
    </message>
    <message>
        <source>A gate is a row of valves</source>
        <translation type="vanished">閘門就是一排閥門</translation>
    </message>
    <message>
        <source>A gate is a vector of values between 0 and 1. Multiply a signal by it element-wise and each element passes through its own valve: 0.8 through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and 0.</source>
        <translation type="vanished">閘門是由介於 0 和 1 之間的數值組成的向量。把訊號與它逐元素相乘，每個元素就會通過各自的閥門：0.8 通過開度為 1、0.5 和 0 的閥門，分別得到 0.8、0.4 和 0。</translation>
    </message>
    <message>
        <source>Move the valves and watch what gets through.</source>
        <translation type="vanished">調整閥門，看看有什麼能通過。</translation>
    </message>
    <message>
        <source>Gates in the cell</source>
        <translation type="vanished">細胞中的閘門</translation>
    </message>
    <message>
        <source>The LSTM has three ⊗ valves (forgetting, ignoring, selection) and one ⊕, which merges the kept memory with the newly admitted votes.</source>
        <translation type="vanished">LSTM 有三個 ⊗ 閥門（遺忘、忽視、篩選）和一個 ⊕；⊕ 負責把保留下來的記憶與新放行的投票合併。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="196"/>
        <source>Building the LSTM</source>
        <translation>組裝 LSTM</translation>
    </message>
    <message>
        <source>Start from the prediction</source>
        <translation type="vanished">從預測開始</translation>
    </message>
    <message>
        <source>Begin with the recurrent net&apos;s one path: the prediction path reads the new information and the previous prediction and votes for or against each word, squashed by tanh.</source>
        <translation type="vanished">先從循環網路唯一的路徑開始：預測路徑讀取新資訊和舊預測，對每個單字投下贊成或反對票，再經 tanh 擠壓。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="221"/>
        <source>Memory and forgetting</source>
        <translation>記憶與遺忘</translation>
    </message>
    <message>
        <source>Add a memory line that carries votes from step to step. The forgetting gate decides, word by word, how much of the old memory to keep; the new votes are added on top.</source>
        <translation type="vanished">加上一條記憶線，把投票一步步往下傳。遺忘閘門逐字決定要保留多少舊記憶；新的投票則再加上去。</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="vanished">篩選</translation>
    </message>
    <message>
        <source>Not everything in memory should be said at once. The selection gate picks what leaves: the prediction is the squashed memory times the selection gate, h = o ⊙ tanh(c). The rest stays in memory.</source>
        <translation type="vanished">記憶中的東西不該一次全說出來。篩選閘門挑出要輸出的部分：預測等於擠壓後的記憶乘上篩選閘門，h = o ⊙ tanh(c)。其餘的則留在記憶中。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="251"/>
        <source>Ignoring</source>
        <translation>忽視</translation>
    </message>
    <message>
        <source>The ignoring gate can set fresh votes aside before they reach memory, so that what does not matter now does not clutter it. In this small net it is always open.</source>
        <translation type="vanished">忽視閘門可以在新的投票進入記憶之前，先把它們擱在一旁，讓眼下不重要的東西不會弄亂記憶。在這個小網路中，它一直是全開的。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="257"/>
        <source>Four small networks</source>
        <translation>四個小網路</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="258"/>
        <source>That is the whole cell: four small networks — prediction, ignoring, forgetting, selection — each fed the new information and the previous prediction, tied together by element-wise ⊗ and ⊕.</source>
        <translation>這就是完整的細胞：四個小網路——預測、忽視、遺忘、篩選——每一個都接收新資訊和舊預測，再由逐元素的 ⊗ 和 ⊕ 串連在一起。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="270"/>
        <source>“Jane saw Spot. Doug…”</source>
        <translation>「珍看見小點。道格⋯⋯」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="271"/>
        <source>After a full sentence</source>
        <translation>一個完整的句子之後</translation>
    </message>
    <message>
        <source>This LSTM is already trained. It has read “Jane saw Spot.”, so its previous prediction is “a name”: Doug, Jane or Spot. Now “Doug” comes in.</source>
        <translation type="vanished">這個 LSTM 已經訓練好了。它讀過「Jane saw Spot.」，所以它的舊預測是「一個名字」：Doug、Jane 或 Spot。現在輸入的是「Doug」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="51"/>
        <source>A three-day cycle slides past the seven-day week, so every weekday gets every dish equally often. The one thing that predicts tonight is last night. The network on screen predicts exactly that way; the next lesson opens it up.</source>
        <translation>三天一輪的輪替和七天一週的星期互相錯開，所以每個星期幾吃到每道菜的次數都一樣多。唯一能預測今晚的，就是昨晚。畫面上的網路正是這樣預測的；下一課會把它拆開來看。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="57"/>
        <source>A night away</source>
        <translation>一晚不在家</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="58"/>
        <source>Say you were out last night and never saw what was cooked. You can still work it out: the night before was sushi, so last night was waffles, so tonight is pizza.</source>
        <translation>假設你昨晚出門了，沒看到煮了什麼。你還是推得出來：前天是壽司，所以昨天是鬆餅，所以今晚是披薩。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="61"/>
        <source>Keep that in mind: a good predictor can lean on its own earlier guesses when the facts are missing.</source>
        <translation>記住這一點：事實不明的時候，好的預測者可以依靠自己先前的猜測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="66"/>
        <source>Vectors and the dinner network</source>
        <translation>向量與晚餐網路</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="81"/>
        <source>Dinners as vectors</source>
        <translation>用向量表示晚餐</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="82"/>
        <source>Over (pizza, sushi, waffles), pizza is [1, 0, 0]. A prediction is a vector of the same length: one score per dish, and the largest wins.</source>
        <translation>依（披薩、壽司、鬆餅）的順序，披薩就是 [1, 0, 0]。預測也是同樣長度的向量：每道菜一個分數，分數最高的勝出。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="84"/>
        <source>A day you were away is all zeros (“?”): nothing is known. The new-information strip shows each day&apos;s vector.</source>
        <translation>你不在家的那天全為 0（「?」）：什麼都不知道。新資訊那一列會顯示每一天的向量。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="87"/>
        <source>A network is a vote</source>
        <translation>網路就是投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="88"/>
        <source>The dinner network has three vectors: yesterday&apos;s actual dinner (the new information), its own prediction for yesterday (the previous prediction), and today&apos;s prediction.</source>
        <translation>晚餐網路有三個向量：昨天實際的晚餐（新資訊）、它自己對昨天的預測（舊預測），以及今天的預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="91"/>
        <source>Every element of the inputs is wired to every element of the prediction, and each wire has a weight: a vote. Pizza yesterday votes strongly for sushi today and not at all for the rest. The votes for each dish are added up, and the dish with the most wins.</source>
        <translation>輸入的每個元素都連到預測的每個元素，每條連線都有一個權重：也就是一張票。昨天的披薩強力投給今天的壽司，其他的一票也不投。每道菜的票加總起來，得票最多的勝出。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="95"/>
        <source>Click the path box to see every vote in the weights pane, and change one to see the prediction follow.</source>
        <translation>按一下路徑方塊，就能在權重窗格看到每一張票；改動其中一張，看預測跟著變。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="99"/>
        <source>The loop</source>
        <translation>迴圈</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="100"/>
        <source>Today&apos;s prediction is fed back in tomorrow as “yesterday&apos;s prediction”: that loop, drawn as the dashed arrow, is what makes the network recurrent.</source>
        <translation>今天的預測在明天會被送回來，當作「昨天的預測」：圖中以虛線箭頭畫出的這個迴圈，正是讓網路成為遞迴網路的關鍵。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="103"/>
        <source>Unrolled day by day, the loop reaches back as far as you like: each day&apos;s prediction carries what the days before it told the network.</source>
        <translation>一天一天攤開來看，這個迴圈可以一路往回延伸：每天的預測都帶著之前的日子告訴網路的事。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="109"/>
        <source>When you were away the new information is empty (“?”), but the previous prediction still votes: the network predicts the dish after its own guess for that day.</source>
        <translation>你不在家時，新資訊是空的（「?」），但舊預測仍然會投票：網路會預測它對那天所猜的菜的下一道。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="112"/>
        <source>Mark days away below; the network on screen makes the guesses. Several in a row, and it keeps rolling its own guesses forward. Away on the very first day, it has nothing to go on.</source>
        <translation>在下方標出你不在家的日子；猜測由畫面上的網路做出。連續好幾天不在家，它就會一路沿用自己的猜測往下推；要是第一天就不在家，它就毫無依據了。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="120"/>
        <source>The children&apos;s book</source>
        <translation>童書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="124"/>
        <source>Each word goes in as a one-hot vector of five, just like the dishes. The task: read the book word by word and predict the next word.</source>
        <translation>每個單字都以長度為五的 one-hot 向量輸入，就像那幾道菜一樣。任務是：一個字一個字地讀這本書，並預測下一個字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="127"/>
        <source>What the network learns</source>
        <translation>網路學到什麼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="128"/>
        <source>Trained on the book, a recurrent network picks up the simplest rule that fits: after a name comes “saw” or a period; after “saw” or a period comes a name. In its weights, a name votes for saw and the period, and saw votes for the names.</source>
        <translation>用這本書訓練後，遞迴網路會學到最簡單、又說得通的規則：名字之後接「看見」或句號；「看見」或句號之後接名字。在它的權重裡，名字投給看見和句號，看見投給各個名字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="132"/>
        <source>The diagram draws each vector as a strip with a cell per word, and all the votes between two of them as one box.</source>
        <translation>圖中把每個向量畫成一列，每個單字一格；兩個向量之間的所有票則畫成一個方塊。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="136"/>
        <source>The previous prediction votes too</source>
        <translation>舊預測也會投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="137"/>
        <source>The network also reads its previous prediction. Having just predicted saw or a period, it leans harder towards a name next, and the other way round: the loop backs up what the new word says.</source>
        <translation>網路也會讀取它的舊預測。剛預測過看見或句號，下一步就更傾向名字，反過來也一樣：迴圈會支持新單字所說的。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="140"/>
        <source>This is a recurrent neural network, an RNN, like the dinner network, only with words.</source>
        <translation>這就是遞迴神經網路（RNN），和晚餐網路一樣，只是換成了單字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="147"/>
        <source>Squashing the votes</source>
        <translation>擠壓票數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="148"/>
        <source>Votes add up, and nothing stops the total from going past 1. The wavy symbol in the box is a squashing function, tanh: it squeezes any total into −1 … 1.</source>
        <translation>票會加總，沒有什麼能阻止總和超過 1。方塊裡的波浪符號是擠壓函數 tanh：它把任何總和都擠進 −1 … 1。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="151"/>
        <source>Small totals come out almost as they went in; large positive ones come out close to 1, large negative ones close to −1. Drag the line to read the curve.</source>
        <translation>小的總和出來時幾乎不變；大的正數會接近 1，大的負數會接近 −1。拖曳那條線來讀出曲線上的值。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="156"/>
        <source>Votes that go round the loop</source>
        <translation>在迴圈裡打轉的票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="157"/>
        <source>In a recurrent network the same values go round the loop again and again. If an option gets two votes each time round, its value doubles every loop: after a few dozen loops it is astronomically large.</source>
        <translation>在遞迴網路裡，同樣的數值會在迴圈裡一再打轉。如果某個選項每繞一圈就得到兩票，它的數值每圈都會加倍：繞個幾十圈，就大得像天文數字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="160"/>
        <source>Squash after every loop and it stays inside −1 … 1, however many times it goes round. The book network on screen would blow up the same way without its tanh.</source>
        <translation>每繞一圈就擠壓一次，不論繞多少圈，它都會留在 −1 … 1 之內。畫面上的童書網路要是沒有 tanh，也會這樣爆掉。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="167"/>
        <source>The RNN&apos;s mistakes</source>
        <translation>RNN 的錯誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="169"/>
        <source>Let the network on screen write on its own and sort its sentences. Some are right, but it also writes “Doug saw Doug.” and run-ons like “Doug saw Jane saw Spot …”.</source>
        <translation>讓畫面上的網路自己寫，再把句子分類。有些是對的，但它也會寫出「道格看見道格。」以及像「道格看見珍看見小點⋯⋯」這樣停不下來的句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="176"/>
        <source>Too short, and lost</source>
        <translation>太短，以及迷路</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="177"/>
        <source>Its largest group is “too short”: after a name, the period is as likely as saw, so about half its sentences stop at one word (“Jane.”).</source>
        <translation>它最多的一類是「太短」：在名字之後，句號和看見一樣可能，所以大約一半的句子只有一個字就結束了（「珍。」）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="189"/>
        <source>That is a limit of this design, whose only memory is its last prediction; a recurrent net with hidden units of its own can learn this book (Tools ▸ Compare trains both). To look further back, the LSTM adds a memory.</source>
        <translation>這是這種設計的限制，它唯一的記憶就是上一次的預測；有自己隱藏單元的遞迴網路學得會這本書（「工具 ▸ 比較」會把兩者都訓練看看）。為了看得更遠，LSTM 加上了記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="197"/>
        <source>Memory for more than one step</source>
        <translation>不只一步的記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="198"/>
        <source>To remember what happened a few loops ago, the LSTM adds a memory and paths that decide what to keep and what to let out. Start from what the RNN had: the prediction path, which reads the new information and the previous prediction and votes for or against each word, squashed by tanh.</source>
        <translation>為了記得幾圈之前發生的事，LSTM 加上了記憶，以及決定要保留什麼、放出什麼的路徑。先從 RNN 原有的開始：預測路徑讀取新資訊和舊預測，對每個單字投贊成或反對票，再經過 tanh 擠壓。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="203"/>
        <source>The rest needs a few new symbols first.</source>
        <translation>其餘的部分得先認識幾個新符號。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="205"/>
        <source>Element by element, and gates</source>
        <translation>逐元素運算與閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="209"/>
        <source>⊗ makes a gate: a row of valves, each between 0 (shut) and 1 (open). A signal of 0.8 through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and 0. Move the valves and watch what gets through.</source>
        <translation>⊗ 構成閘門：一排閥門，每個都在 0（關）和 1（開）之間。0.8 的訊號通過設為 1、0.5、0 的閥門，出來是 0.8、0.4 和 0。移動閥門，看看有什麼通過。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="213"/>
        <source>The logistic function</source>
        <translation>邏輯函數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="214"/>
        <source>Valves need values between 0 and 1, and a path&apos;s votes can be anything. The logistic function σ, drawn as a circle with a flat bottom, squashes them into 0 … 1: a strong vote for opens the valve, a strong vote against shuts it.</source>
        <translation>閥門需要介於 0 和 1 之間的值，而路徑的票可以是任何數。邏輯函數 σ 畫成一個平底的圓，它把票擠進 0 … 1：強烈贊成就打開閥門，強烈反對就關上。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="218"/>
        <source>Compare it with tanh below: the same S shape, squeezed into 0 … 1 instead of −1 … 1.</source>
        <translation>和下方的 tanh 比較：一樣的 S 形，只是擠進 0 … 1，而不是 −1 … 1。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="222"/>
        <source>Now add a memory line that carries votes from step to step. A forgetting gate, σ of its own path&apos;s votes, decides word by word how much of the old memory to keep (⊗); the new votes are added on top (⊕).</source>
        <translation>現在加上一條記憶線，把票從一步帶到下一步。遺忘閘門是它自己路徑的票經過 σ 的結果，逐字決定要保留多少舊記憶（⊗）；新的票再加上去（⊕）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="226"/>
        <source>Here, at “saw”, its votes of −6 on saw shut that valve and +6 on Doug open it: the “not Doug” stored one word earlier is kept.</source>
        <translation>在這裡的「看見」，它在看見上投 −6，把那個閥門關上；在道格上投 +6，把它打開：前一個字存下的「非道格」就被保留了。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="231"/>
        <source>Kept for any length of time</source>
        <translation>保留任意長的時間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="232"/>
        <source>A valve held open keeps what is in memory word after word, for as long as it stays open: the forgetting path can keep information for any length of time, not just one step.</source>
        <translation>一直開著的閥門，會一字接一字地保留記憶中的內容，開多久就留多久：遺忘路徑能把資訊保留任意長的時間，而不只一步。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="235"/>
        <source>See it on trained networks: Tools ▸ Compare ▸ Mistakes against distance puts more and more filler words between “saw” and its name, and counts the mistakes of the lesson&apos;s RNN, a plain RNN and the LSTM.</source>
        <translation>在訓練過的網路上看看：「工具 ▸ 比較 ▸ 錯誤與距離」會在「看見」和它的名字之間放進越來越多填充字，並統計課程中的 RNN、一般 RNN 和 LSTM 的錯誤。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="240"/>
        <source>Selection, and squashing again</source>
        <translation>篩選，以及再擠壓一次</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="241"/>
        <source>Not everything in memory should be said at once. The selection gate picks what leaves as the prediction, h = o ⊙ tanh(c); the rest stays in memory.</source>
        <translation>記憶裡的東西不該一次全說出來。篩選閘門挑出要作為預測輸出的部分，h = o ⊙ tanh(c)；其餘的留在記憶裡。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="244"/>
        <source>Memory itself is left unsquashed on purpose, so it can hold what piles up. But after ⊕ it can go past 1 or below −1, so it is squashed again before selection. Hold forgetting open over a longer text below and watch c leave −1 … 1 while tanh(c) stays inside.</source>
        <translation>記憶本身刻意不擠壓，這樣才能存放累積起來的東西。但經過 ⊕ 之後它可能超過 1 或低於 −1，所以在篩選之前要再擠壓一次。在下方讓遺忘閘門在較長的文字上全開，看 c 跑出 −1 … 1，而 tanh(c) 仍留在範圍內。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="252"/>
        <source>The ignoring gate can set fresh votes aside before they reach memory, so that what does not matter now does not clutter it. This small net never needs to: its ignoring gate is open on every word.</source>
        <translation>忽視閘門可以在新的票進入記憶之前把它們擱在一旁，讓眼下不重要的東西不會塞滿記憶。這個小網路從來不需要這麼做：它的忽視閘門對每個單字都是開著的。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="261"/>
        <source>In this hand-set net every U block, the votes from the previous prediction, is zero: the previous prediction goes in but changes nothing, and the memory carries what it would have. A trained net uses both.</source>
        <translation>在這個手動設定的網路裡，每個 U 區塊（來自舊預測的票）都是零：舊預測雖然輸入了，卻不改變任何結果，它該帶的東西由記憶來帶。訓練出來的網路兩者都會用。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="272"/>
        <source>The lesson imagines this LSTM already trained; here its weights are set by hand to what training should give, so every number has a reason. It has read “Jane saw Spot.”, so its previous prediction is “a name”: Doug, Jane or Spot. Now “Doug” comes in.</source>
        <translation>課程假設這個 LSTM 已經訓練好；這裡它的權重是手動設定成訓練應有的結果，所以每個數字都有道理。它已經讀過「珍看見小點。」，所以它的舊預測是「一個名字」：道格、珍或小點。現在輸入「道格」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="276"/>
        <source>(Both go into all four paths; in this net only the new word changes anything, since its U blocks are zero.)</source>
        <translation>（兩者都會進入四條路徑；在這個網路裡只有新單字會改變結果，因為它的 U 區塊都是零。）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="280"/>
        <source>Votes at “Doug”</source>
        <translation>在「道格」時的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="281"/>
        <source>The prediction path votes for “saw” and against Doug — “not Doug”, because Doug never sees himself in this book.</source>
        <translation>預測路徑投票贊成「看見」、反對道格——也就是「非道格」，因為在這本書裡，道格從來不會看見自己。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="283"/>
        <source>The forgetting gate has just dropped the old names, so memory is empty and both votes pass straight into it.</source>
        <translation>遺忘閘門剛剛丟掉了舊的名字，所以記憶是空的，兩張票都直接進入記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="287"/>
        <source>Selection at “Doug”</source>
        <translation>在「道格」時的篩選</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="288"/>
        <source>The selection gate has learned that after a name comes “saw” or a period. It holds “not Doug” back — it stays in memory — and lets “saw” out: the prediction is “saw”.</source>
        <translation>篩選閘門已經學到：名字之後會接「看見」或句號。它擋下「非道格」（讓它留在記憶中），並讓「看見」通過：預測是「看見」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="293"/>
        <source>Next word: “saw”</source>
        <translation>下一個字：「看見」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="294"/>
        <source>Now “saw” comes in, and the previous prediction was “saw”. The prediction path votes for all three names, Doug included.</source>
        <translation>現在輸入「看見」，而舊預測也是「看見」。預測路徑投票贊成全部三個名字，連道格也包括在內。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="296"/>
        <source>It also votes +period and −saw. Those are not for now: they wait in memory, held back by the selection gate, and after the next name they end the sentence (−saw cancels that name&apos;s vote for saw, +period comes out).</source>
        <translation>它也投了 +句號和 −看見。這些不是現在用的：它們在記憶裡等著，被篩選閘門擋住，等下一個名字出現後結束句子（−看見抵消那個名字投給看見的票，+句號則被放出來）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="302"/>
        <source>Forget “saw”, keep “not Doug”</source>
        <translation>忘掉「看見」，保留「非道格」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="303"/>
        <source>Because the last word was “saw”, the forgetting gate drops “saw” from memory but keeps “not Doug”.</source>
        <translation>因為上一個字是「看見」，遺忘閘門把「看見」從記憶中丟掉，但保留「非道格」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="307"/>
        <source>Doug cancels out</source>
        <translation>道格互相抵消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="308"/>
        <source>The merge adds memory and new votes element by element. On Doug, the kept “not Doug” and the new vote for Doug cancel; Jane and Spot keep their votes. The memory-flow pane shows where each part came from.</source>
        <translation>合併時，記憶與新的票逐元素相加。在道格上，保留下來的「非道格」與投給道格的新票互相抵消；珍和小點則保有各自的票。「記憶流向」窗格會顯示每一部分從何而來。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="313"/>
        <source>A name, but not Doug</source>
        <translation>一個名字，但不是道格</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="314"/>
        <source>The selection gate lets the names out and keeps +period and −saw in: the prediction is a name, and not Doug. That is how the LSTM avoids “Doug saw Doug.”</source>
        <translation>篩選閘門放出各個名字，把 +句號和 −看見留在記憶裡：預測是一個名字，而且不是道格。LSTM 就是這樣避免寫出「道格看見道格。」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="317"/>
        <source>Try to break it: clamp the forgetting or the selection gate open, or edit a weight, and watch these checks turn red.</source>
        <translation>試著弄壞它：把遺忘閘門或篩選閘門固定為全開，或修改一個權重，看看這些驗證變成紅色。</translation>
    </message>
    <message>
        <source>Jane or Spot, never Doug</source>
        <translation type="vanished">是 Jane 或 Spot，絕不會是 Doug</translation>
    </message>
    <message>
        <source>The selection gate lets the names out: the prediction is Jane or Spot, not Doug. That is how the LSTM avoids “Doug saw Doug.”</source>
        <translation type="vanished">篩選閘門讓名字通過：預測是 Jane 或 Spot，而不是 Doug。LSTM 就是這樣避免寫出「Doug saw Doug.」。</translation>
    </message>
    <message>
        <source>Try to break it: clamp the forgetting gate open, or edit a weight, and watch these checks turn red.</source>
        <translation type="vanished">試著弄壞它：把遺忘閘門鎖定為全開，或編輯某個權重，看看這些檢查如何變成紅色。</translation>
    </message>
</context>
</TS>
