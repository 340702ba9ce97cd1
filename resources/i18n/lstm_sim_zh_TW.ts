<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="32"/>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="33"/>
        <source>Something went wrong: {0}

Your session is still open; please report this with the details below.</source>
        <translation>發生錯誤：{0}

你的工作階段仍保持開啟；請連同下方的詳細資訊回報此問題。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/app.py" line="63"/>
        <source>The {0} translation is missing from this installation.</source>
        <translation>此安裝缺少 {0} 的翻譯。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/i18n.py" line="20"/>
        <source>No installed font can draw Chinese characters, so they would show as boxes. Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and restart.</source>
        <extracomment>Language code → its name in that language (what the menu shows).</extracomment>
        <translation>沒有已安裝的字型能顯示中文字，文字會顯示成方框。請安裝一種（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）後重新啟動。</translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="57"/>
        <source>Set every weight of {param} to 0</source>
        <translation>將 {param} 的所有權重設為 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="61"/>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="62"/>
        <source>More for {param}</source>
        <translation>{param} 的更多選項</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="63"/>
        <source>Actions for {param}</source>
        <translation>{param} 的動作</translation>
    </message>
</context>
<context>
    <name>BookSamplerDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="79"/>
        <source>The RNN wrote, for example: {0}</source>
        <translation>RNN 寫出的句子，例如：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="83"/>
        <source>Let both write {0} sentences</source>
        <translation>讓兩者各寫 {0} 個句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="84"/>
        <source>plain RNN</source>
        <translation>一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="84"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="106"/>
        <source>Zoom level: wheel to zoom, Ctrl+0 or double-click to fit</source>
        <extracomment>Fitting never shrinks the smallest text (unit labels) below this many pixels; a window too small for the whole cell scrolls instead. Right-click menu on a gate: (gate, unit index or None for all, value or None to free).</extracomment>
        <translation>縮放比例：用滾輪縮放，按 Ctrl+0 或按兩下以符合視窗</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="341"/>
        <source>What if {0} were…</source>
        <translation>假如 {0} 是…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="342"/>
        <source>Clamp open (1)</source>
        <translation>鎖定為全開 (1)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="342"/>
        <source>Clamp closed (0)</source>
        <translation>鎖定為全關 (0)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="343"/>
        <source>Clamp half open (0.5)</source>
        <translation>鎖定為半開 (0.5)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="343"/>
        <source>Free (computed)</source>
        <translation>解除鎖定（照常計算）</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="69"/>
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="73"/>
        <source>broken</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="76"/>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="82"/>
        <source>step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/claims_view.py" line="89"/>
        <source>Checked on the live model</source>
        <translation>已在目前的模型上驗證</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="47"/>
        <source>RNN or LSTM? The lesson&apos;s point, measured</source>
        <extracomment>How far apart subject and object are (&quot;Doug saw very very Jane.&quot; is distance 2).</extracomment>
        <translation>RNN 還是 LSTM？用數字驗證課程的重點</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="52"/>
        <source>Train all three and compare</source>
        <translation>訓練這三個網路並比較</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="55"/>
        <source>Mistakes against distance…</source>
        <translation>錯誤與距離的關係…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="57"/>
        <source>Put 0, 1, 2, 4 and 8 filler words between &apos;saw&apos; and its object (&quot;Doug saw very very Jane.&quot;) and count each net&apos;s mistakes: where the plain RNN breaks and the LSTM holds</source>
        <translation>在 saw 與受詞之間插入 0、1、2、4、8 個填充詞（「Doug saw very very Jane.」），計算每個網路的錯誤：看一般 RNN 在哪裡失效、LSTM 在哪裡撐住</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="61"/>
        <source>Each net is trained on the children&apos;s book with the same seed and number of updates, then writes sentences that are counted.</source>
        <translation>每個網路都以相同的種子和更新次數用童書訓練，接著寫出句子並加以統計。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="65"/>
        <source>hidden</source>
        <translation>隱藏單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="65"/>
        <source>sentences</source>
        <translation>句子數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="65"/>
        <source>grammatical</source>
        <translation>合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="66"/>
        <source>“Doug saw Doug.”</source>
        <translation>「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="66"/>
        <source>run-ons</source>
        <translation>停不下來</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="66"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="143"/>
        <source>lesson&apos;s RNN</source>
        <translation>課程中的 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="143"/>
        <source>plain RNN</source>
        <translation>一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="143"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="154"/>
        <source>The {0} wrote its one sentence grammatically</source>
        <translation>{0} 寫出的唯一一個句子合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="155"/>
        <source>The {0} wrote all {1} sentences grammatically</source>
        <translation>{0} 寫出的 {1} 個句子全都合乎文法</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="156"/>
        <source>: {0}.</source>
        <translation>：{0}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="156"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="75"/>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="176"/>
        <source>updates</source>
        <translation>更新次數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="76"/>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="177"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="80"/>
        <source>Hidden units (plain RNN, LSTM)</source>
        <translation>隱藏單元（一般 RNN、LSTM）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="81"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="82"/>
        <source>Sentences to sample</source>
        <translation>取樣句子數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="111"/>
        <source>Training three nets for each distance and sampling… (about half a minute)</source>
        <translation>正在為每個距離訓練三個網路並取樣…（約半分鐘）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="112"/>
        <source>Training three nets and sampling… (a few seconds)</source>
        <translation>正在訓練三個網路並取樣…（需要幾秒鐘）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="125"/>
        <source>filler words between &apos;saw&apos; and its object</source>
        <translation>saw 與受詞之間的填充詞數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="126"/>
        <source>fraction of sentences wrong</source>
        <translation>錯誤句子的比例</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="130"/>
        <source>Seed {0}, {1} sentences per net and distance.</source>
        <translation>種子 {0}，每個網路、每個距離取樣 {1} 個句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="149"/>
        <source>The {0} finished no sentence in its samples.</source>
        <translation>{0} 在取樣中沒有寫完任何一個句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="150"/>
        <source>its only memory is its previous prediction</source>
        <translation>它唯一的記憶就是舊預測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="151"/>
        <source>its hidden units carry the subject past &apos;saw&apos;</source>
        <translation>它的隱藏單元能把主詞一路帶過「saw」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="152"/>
        <source>its memory keeps the subject until the object is chosen</source>
        <translation>它的記憶會一直留住主詞，直到選出受詞為止</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="159"/>
        <source>{0} where the object repeats the subject (&quot;Doug saw Doug.&quot;)</source>
        <translation>{0} 個句子的受詞重複了主詞（「Doug saw Doug.」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="161"/>
        <source>1 run-on (&quot;Doug saw Jane saw …&quot;)</source>
        <translation>1 個停不下來的句子（「Doug saw Jane saw …」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="162"/>
        <source>{0} run-ons (&quot;Doug saw Jane saw …&quot;)</source>
        <translation>{0} 個停不下來的句子（「Doug saw Jane saw …」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="164"/>
        <source>1 other slip</source>
        <translation>1 個其他失誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="164"/>
        <source>{0} other slips</source>
        <translation>{0} 個其他失誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="167"/>
        <source>; {0}, which after &apos;saw&apos; (or after a name) looks the same whoever the subject was</source>
        <translation>；{0}，而在「saw」之後（或在名字之後），不論主詞是誰，這個預測看起來都一樣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="169"/>
        <source>The {0} wrote {1} of {2} sentences grammatically, with {3}{4}.</source>
        <translation>{0} 寫出的 {2} 個句子中有 {1} 個合乎文法，另有 {3}{4}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="170"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="185"/>
        <source>for example: {0}</source>
        <translation>例如：{0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/compare_dialog.py" line="190"/>
        <source>Seed {0}, {1} updates each, {2} sentences sampled per net.</source>
        <translation>種子 {0}，各更新 {1} 次，每個網路取樣 {2} 個句子。</translation>
    </message>
</context>
<context>
    <name>DinnerDaysDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="100"/>
        <source>day {0} (next)</source>
        <extracomment>The away days changed (one bool per day).</extracomment>
        <translation>第 {0} 天（下一天）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="101"/>
        <source>day {0}</source>
        <translation>第 {0} 天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="103"/>
        <source>away · ?</source>
        <translation>不在家 · ?</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="104"/>
        <source>Click to mark this day away (you never saw dinner)</source>
        <translation>按一下，將這天標為不在家（你沒看到晚餐）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="105"/>
        <source>Click to mark this day at home</source>
        <translation>按一下，將這天標為在家</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="107"/>
        <source>no yesterday yet</source>
        <translation>還沒有昨天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="109"/>
        <source>no idea ({0:.0%} each)</source>
        <translation>毫無頭緒（各 {0:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="118"/>
        <source>Made from its own guess: the evening before you were away</source>
        <translation>根據自己的猜測推出：前一晚你不在家</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="121"/>
        <source>↻ made from the network&apos;s own guess (you were away the evening before): {0} guesses, {1} of them right.</source>
        <translation>↻ 根據網路自己的猜測推出（前一晚你不在家）：共猜了 {0} 次，猜對 {1} 次。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="126"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="126"/>
        <source>what was cooked</source>
        <translation>煮了什麼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="127"/>
        <source>the network&apos;s guess</source>
        <translation>網路的猜測</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="71"/>
        <location filename="../../lstm_sim/controller/documents.py" line="75"/>
        <location filename="../../lstm_sim/controller/documents.py" line="77"/>
        <source>Cannot save to {0}: {1}</source>
        <translation>無法儲存至 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/documents.py" line="75"/>
        <source>disk full?</source>
        <translation>磁碟已滿？</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="35"/>
        <source>&amp;New from preset</source>
        <translation>從預設範例新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="42"/>
        <source>Open &amp;Recent</source>
        <translation>開啟最近的檔案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="45"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="47"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="49"/>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="51"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="52"/>
        <source>Diagram as PNG…</source>
        <translation>示意圖（PNG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="52"/>
        <source>Diagram as SVG…</source>
        <translation>示意圖（SVG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="53"/>
        <source>Heatmaps as PNG…</source>
        <translation>熱圖（PNG）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="53"/>
        <source>Trace as CSV…</source>
        <translation>運算紀錄（CSV）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="54"/>
        <source>Trace as JSON…</source>
        <translation>運算紀錄（JSON）…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="69"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="70"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>「{0}」有尚未儲存的變更。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="72"/>
        <source>Save them before going on?</source>
        <translation>要先儲存再繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="87"/>
        <source>Open session or model</source>
        <translation>開啟工作階段或模型</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="106"/>
        <source>Cannot open this file</source>
        <translation>無法開啟此檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="123"/>
        <source>This model&apos;s tokens include spaces, as a character model&apos;s do. How does it read its text?</source>
        <translation>這個模型的詞元裡有空白，就像字元模型那樣。它是怎麼讀文字的？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="128"/>
        <source>the recurrent cell (LSTM or RNN)</source>
        <translation>遞迴單元（LSTM 或 RNN）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="128"/>
        <source>the readout</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="129"/>
        <source>the embedding</source>
        <translation>嵌入層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="130"/>
        <source>none: the inputs are one-hot words</source>
        <translation>沒有：輸入是 one-hot 的單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="131"/>
        <source>(no prefix)</source>
        <translation>（無前綴）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="133"/>
        <source>Two readings fit</source>
        <translation>有兩種解讀都說得通</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="134"/>
        <source>More than one module in this file could be {0}. Which one is it?</source>
        <translation>這個檔案裡不只一個模組可能是{0}。是哪一個？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="142"/>
        <location filename="../../lstm_sim/ui/file_actions.py" line="152"/>
        <source>Choose vocabulary</source>
        <translation>選擇詞彙表</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="143"/>
        <source>This model file has no vocabulary.</source>
        <translation>這個模型檔沒有詞彙表。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="144"/>
        <source>Choose the file of tokens it was trained with: one token per line, or a JSON list, in the order of the model&apos;s rows.</source>
        <translation>請選擇訓練時用的詞元檔：每行一個詞元，或一個 JSON 清單，順序須與模型的列相同。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="146"/>
        <source>Choose vocabulary…</source>
        <translation>選擇詞彙表…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="153"/>
        <source>Vocabularies (*.txt *.json *.vocab);;All files (*)</source>
        <translation>詞彙表 (*.txt *.json *.vocab);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="159"/>
        <source>Cannot read this vocabulary</source>
        <translation>無法讀取這個詞彙表</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="166"/>
        <source>words (split at spaces and punctuation)</source>
        <translation>單字（在空白與標點處切開）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="167"/>
        <source>characters (every letter, space and newline is a token)</source>
        <translation>字元（每個字母、空白與換行都是一個詞元）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="168"/>
        <source>How is text split?</source>
        <translation>文字要怎麼切分？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="161"/>
        <source>This model reads its text as:</source>
        <translation>這個模型讀入的文字單位是：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="25"/>
        <source>LSTM Sim sessions (*.npz)</source>
        <translation>LSTM Sim 工作階段 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="26"/>
        <source>Sessions and models (*.npz *.safetensors *.pt *.pth);;All files (*)</source>
        <translation>工作階段與模型 (*.npz *.safetensors *.pt *.pth);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="178"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="179"/>
        <source>Discard every change since the last save?</source>
        <translation>要捨棄上次儲存之後的所有變更嗎？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="191"/>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="203"/>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="203"/>
        <source>Your changes are still open and unsaved.</source>
        <translation>你的變更仍保留著，但尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="206"/>
        <source>Saved to {0}</source>
        <translation>已儲存至 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="212"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="229"/>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="231"/>
        <source>Exported {0}</source>
        <translation>已匯出 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="235"/>
        <source>The current session is unchanged.</source>
        <translation>目前的工作階段沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/file_actions.py" line="269"/>
        <source>(no recent files)</source>
        <translation>（沒有最近的檔案）</translation>
    </message>
</context>
<context>
    <name>GateClampBar</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="139"/>
        <source>Clamp gate:</source>
        <translation>鎖定閘門：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="148"/>
        <source>free</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="148"/>
        <source>The gate follows its weights</source>
        <translation>閘門依照權重運作</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="149"/>
        <source>open 1</source>
        <translation>全開 1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="150"/>
        <source>Hold every unit of the gate at 1, whatever the weights say</source>
        <translation>不論權重為何，都將閘門的每個單元固定為 1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="151"/>
        <source>closed 0</source>
        <translation>全關 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="152"/>
        <source>Hold every unit of the gate at 0, whatever the weights say</source>
        <translation>不論權重為何，都將閘門的每個單元固定為 0</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/parts.py" line="183"/>
        <source>Some units of this gate are clamped (see the locks in the row headers)</source>
        <translation>此閘門有部分單元已鎖定（請看列標題中的鎖頭圖示）</translation>
    </message>
</context>
<context>
    <name>HeatmapPane</name>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="202"/>
        <source>Hover a cell to read its value; click a column to go to that step.</source>
        <extracomment>Rows of heatmaps, each ending with its colour bar: signed values, then gates. Magenta stands out on both colour scales and in both themes. A lesson&apos;s outline: the colour the diagram&apos;s lesson outlines have, dotted so it never reads as the step cursor or a clamp. Paper and ink of the plots in each theme.</extracomment>
        <translation>將游標停在格子上可讀取數值；按一下某一欄可跳到該步。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="234"/>
        <source>gate openness 0…1</source>
        <translation>閘門開度 0…1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="234"/>
        <source>value −1…1</source>
        <translation>數值 −1…1</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="336"/>
        <source>clamped at {0:g}</source>
        <translation>鎖定在 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/heatmaps.py" line="392"/>
        <source>{path} — unit “{unit}”, step {step} “{word}”: {value:.4f}</source>
        <translation>{path} — 單元「{unit}」，第 {step} 步「{word}」：{value:.4f}</translation>
    </message>
</context>
<context>
    <name>LayerBar</name>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="18"/>
        <source>Layer:</source>
        <translation>層：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="21"/>
        <source>A stacked network: each layer reads the h of the layer below; the first reads the words, the readout reads the last</source>
        <translation>堆疊的網路：每一層讀取它下面那一層的 h；第一層讀取單字，輸出層讀取最上面一層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="39"/>
        <source>reads the embedding</source>
        <translation>讀取嵌入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="39"/>
        <source>reads the words</source>
        <translation>讀取單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="41"/>
        <source>feeds the next-word scores</source>
        <translation>產生下一個單字的分數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="43"/>
        <source>reads layer {0}</source>
        <translation>讀取第 {0} 層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/layer_bar.py" line="44"/>
        <source>{0} of {1} — {2}</source>
        <translation>第 {0} 層（共 {1} 層）— {2}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="234"/>
        <source>Lesson {0} · {1}</source>
        <extracomment>Point at a part of the app: (kind, key), see ``scenarios.lessons.HIGHLIGHT_KINDS``. Each shown step first emits (&quot;&quot;, &quot;&quot;) to clear the previous step&apos;s highlights. A step is on screen: (lesson id, 0-based step index). Asked before a step opens another preset (e.g. &quot;save your changes?&quot;); False keeps the app as is.</extracomment>
        <translation>第 {0} 課 · {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="237"/>
        <source>step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="247"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="248"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="249"/>
        <source>Previous step (Page Up, Alt+Left)</source>
        <translation>上一步（Page Up、Alt+Left）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/panel.py" line="250"/>
        <source>Next step (Page Down, Alt+Right)</source>
        <translation>下一步（Page Down、Alt+Right）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="87"/>
        <source>&lt;opened&gt;</source>
        <extracomment>Steps closer together than this (ms) are &quot;stepping fast&quot;: no flow animation. View ▸ Language: the app rebuilds the window in that language (see app.py).</extracomment>
        <translation>&lt;已開啟&gt;</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="89"/>
        <source>Heatmaps over time</source>
        <translation>隨時間變化的熱圖</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="90"/>
        <source>Memory flow</source>
        <translation>記憶流向</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="91"/>
        <source>Next-word prediction</source>
        <translation>下一個單字的預測</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="93"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="94"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="95"/>
        <source>Undo history</source>
        <translation>復原紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="96"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="105"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="167"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="169"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="176"/>
        <source>Reset &amp;all weights</source>
        <translation>重設所有權重(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="178"/>
        <source>Free all gate &amp;clamps</source>
        <translation>解除所有閘門鎖定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="184"/>
        <source>&amp;Fit diagram</source>
        <translation>示意圖符合視窗(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="185"/>
        <source>Step &amp;inside the cell</source>
        <translation>逐步檢視細胞內部(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="188"/>
        <source>Shift+→ / Shift+← walk through one step&apos;s computation</source>
        <translation>Shift+→ / Shift+← 逐段走過一個步驟的運算</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="190"/>
        <source>Next part of the computation</source>
        <translation>運算的下一段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="192"/>
        <source>Previous part of the computation</source>
        <translation>運算的上一段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="194"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="204"/>
        <source>Show the book&apos;s words in &amp;Chinese</source>
        <translation>以中文顯示童書的字詞(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="207"/>
        <source>Label Doug, Jane, Spot, saw and . as 道格, 珍, 小點, 看見 and 。 (you can type either)</source>
        <translation>把 Doug、Jane、Spot、saw 和 . 標示為 道格、珍、小點、看見 和 。（兩種都可以輸入）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="210"/>
        <source>&amp;Animate steps</source>
        <translation>步驟動畫(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="212"/>
        <source>&amp;Dark theme</source>
        <translation>深色主題(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="216"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="217"/>
        <source>&amp;Compare the lesson&apos;s RNN, a plain RNN and the LSTM…</source>
        <translation>比較課程中的 RNN、一般 RNN 與 LSTM(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="220"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="221"/>
        <source>Start the &amp;lessons</source>
        <translation>開始課程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="223"/>
        <source>&amp;About LSTM Sim</source>
        <translation>關於 LSTM Sim(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="236"/>
        <source>Play / pause</source>
        <translation>播放 / 暫停</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="236"/>
        <source>Step forward / back</source>
        <translation>前進 / 後退一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="237"/>
        <source>First / last step</source>
        <translation>第一步 / 最後一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="238"/>
        <source>Skip the animation; leave the text field</source>
        <translation>略過動畫；離開文字欄位</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="239"/>
        <source>Fit the diagram</source>
        <translation>讓示意圖符合視窗</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="239"/>
        <source>Undo / redo</source>
        <translation>復原 / 重做</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="240"/>
        <source>Open / save a session</source>
        <translation>開啟 / 儲存工作階段</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="241"/>
        <source>in a weight table</source>
        <translation>在權重表格中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="241"/>
        <source>type a number, drag up/down (Shift: fine), + / −</source>
        <translation>輸入數字、上下拖曳（Shift：微調）、+ / −</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="242"/>
        <source>right-click a gate</source>
        <translation>在閘門上按右鍵</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="242"/>
        <source>clamp it open, closed or free</source>
        <translation>將它鎖定為全開、全關或解除鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="243"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="317"/>
        <source>A model opened from a file.</source>
        <translation>從檔案開啟的模型。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="320"/>
        <source>Vocabulary:</source>
        <translation>字彙：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="321"/>
        <source>Click a path box in the diagram to edit its weights; right-click a gate to clamp it.</source>
        <translation>按一下示意圖中的路徑方塊即可編輯其權重；在閘門上按右鍵即可鎖定它。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="330"/>
        <source>… ({0:,} words in all)</source>
        <translation>…（共 {0:,} 個單字）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="496"/>
        <source>your text</source>
        <translation>你的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="564"/>
        <source>new information · xₜ: layer {0}&apos;s h</source>
        <translation>新資訊 · xₜ：第 {0} 層的 h</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="567"/>
        <source>new information · xₜ: “{0}” embedded</source>
        <translation>新資訊 · xₜ：「{0}」的嵌入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="578"/>
        <source>mostly from the initial memory ({0:+.2f})</source>
        <translation>主要來自初始記憶（{0:+.2f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="579"/>
        <source>mostly from step {0} “{1}” ({2:+.2f})</source>
        <translation>主要來自第 {0} 步「{1}」（{2:+.2f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="602"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="605"/>
        <source>About LSTM Sim</source>
        <translation>關於 LSTM Sim</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="607"/>
        <source>See inside an LSTM cell: step a sentence through it, watch every vector change, edit any weight or clamp a gate and see the effect at once.</source>
        <translation>看看 LSTM 細胞的內部：讓句子一步步通過它，觀察每個向量的變化；編輯任何權重或鎖定閘門，立刻看到效果。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/main_window.py" line="609"/>
        <source>Based on Brandon Rohrer&apos;s lesson “How recurrent neural networks and LSTM work”.</source>
        <translation>根據 Brandon Rohrer 的課程「How recurrent neural networks and LSTM work」（循環神經網路與 LSTM 的運作原理）。</translation>
    </message>
</context>
<context>
    <name>PredictionsPane</name>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="36"/>
        <source>probability</source>
        <extracomment>Probabilities are never negative, so the bars avoid the blue that means &quot;negative&quot; everywhere else: the top word (and every word tied with it) orange, the rest grey.</extracomment>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="37"/>
        <location filename="../../lstm_sim/ui/predictions.py" line="76"/>
        <source>next word</source>
        <translation>下一個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/predictions.py" line="77"/>
        <source>next word: the {0} most likely of {1:,}</source>
        <translation>下一個單字：{1:,} 個之中最可能的 {0} 個</translation>
    </message>
</context>
<context>
    <name>ProvenancePane</name>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="39"/>
        <source>Hover a cell: how much of that unit&apos;s memory this step wrote.</source>
        <translation>將游標停在格子上：查看這一步為該單元寫入了多少記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="67"/>
        <source>A plain RNN has no memory line: nothing to unroll</source>
        <translation>一般 RNN 沒有記憶線：沒有可展開的內容</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="74"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="79"/>
        <source>Where memory cₜ at step {0} (“{1}”) came from</source>
        <translation>第 {0} 步（「{1}」）的記憶 cₜ 從何而來</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/provenance.py" line="91"/>
        <source>memory unit {0}: {1} wrote {2:+.3f} of its {3:+.3f}</source>
        <translation>記憶單元 {0}：在其 {3:+.3f} 中，{1} 寫入了 {2:+.3f}</translation>
    </message>
</context>
<context>
    <name>RepeatedVotesDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="167"/>
        <source>added up</source>
        <translation>直接相加</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="168"/>
        <source>squashed each time</source>
        <translation>每次都擠壓</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="170"/>
        <source>After {n} votes of {v:+.1f}: added up {plain:+.2f}, squashed each time {squashed:+.3f}.</source>
        <translation>投了 {n} 票、每票 {v:+.1f} 之後：直接相加為 {plain:+.2f}，每次都擠壓則為 {squashed:+.3f}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="174"/>
        <source>Each vote</source>
        <translation>每一票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="175"/>
        <source>Number of votes</source>
        <translation>投票次數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="176"/>
        <source>votes so far</source>
        <translation>目前的票數</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="295"/>
        <source>Type at least one word.</source>
        <extracomment>Weights are finite and at most this large in magnitude (the editor says so). A different network (preset or file) is loaded: views rebuild their layout. A new trace is available (text, weights or clamps changed). The current step moved (0-based). The text could not be traced: message, start and end of the bad word. The last good trace stays. The text was traced fine (clears any earlier error). Weights changed (an edit, undo, reset …): the editor refreshes its values. Another layer of a stacked net is on show (0-based). The file the session was opened from or saved to (&apos;&apos; for none). Milliseconds per step at speed 1×.</extracomment>
        <translation>請至少輸入一個單字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="323"/>
        <source>generate between 1 and 500 words</source>
        <translation>請產生 1 到 500 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="325"/>
        <source>temperature must be a number ≥ 0</source>
        <translation>溫度必須是 ≥ 0 的數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="331"/>
        <source>Sample {0} words</source>
        <translation>取樣 {0} 個字詞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="339"/>
        <source>Unknown word &quot;{0}&quot;; nearest known words: {1}</source>
        <translation>未知的單字「{0}」；最接近的已知單字：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="341"/>
        <source>Unknown word &quot;{0}&quot;; it is not in this network&apos;s {1}-word vocabulary</source>
        <translation>未知的單字「{0}」；它不在這個網路的 {1} 字字彙中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="376"/>
        <source>“{0}” is not a number</source>
        <translation>「{0}」不是數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="378"/>
        <source>weights must be finite numbers</source>
        <translation>權重必須是有限的數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="380"/>
        <source>|w| must be at most {0:g}</source>
        <translation>|w| 不得超過 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="391"/>
        <source>Edit {0}</source>
        <translation>編輯 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="399"/>
        <source>weights must be finite and at most {0:g} in size</source>
        <translation>權重必須是有限值，且大小不得超過 {0:g}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="404"/>
        <source>Zero {0}</source>
        <translation>將 {0} 歸零</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="411"/>
        <source>Reset {0}</source>
        <translation>重設 {0}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="414"/>
        <source>Reset all weights</source>
        <translation>重設所有權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="426"/>
        <source>Randomize {0} (seed {1})</source>
        <translation>隨機設定 {0}（種子 {1}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="462"/>
        <source>readout</source>
        <translation>輸出層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="464"/>
        <source>embedding</source>
        <translation>嵌入層</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="467"/>
        <source>{0} (layer {1})</source>
        <translation>{0}（第 {1} 層）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="477"/>
        <source>a plain RNN has no gates to clamp</source>
        <translation>一般 RNN 沒有可鎖定的閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="481"/>
        <source>a clamp must be between 0 and 1</source>
        <translation>鎖定值必須介於 0 和 1 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="488"/>
        <source>free</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="489"/>
        <source>Clamp {0} → {1}</source>
        <translation>鎖定 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="497"/>
        <source>Free all gate clamps</source>
        <translation>解除所有閘門鎖定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/commands.py" line="65"/>
        <source>Edit text</source>
        <extracomment>Command ids for mergeWith (QUndoCommand.id): commands of one id may merge. One block edit: (parameter, gate or None, values before, values after).</extracomment>
        <translation>編輯文字</translation>
    </message>
</context>
<context>
    <name>SquashingDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/squashing.py" line="103"/>
        <source>Drag the grey line. tanh stays within −1…1, σ within 0…1, however far x goes.</source>
        <translation>拖曳灰色線。不論 x 有多遠，tanh 都保持在 −1…1 之間，σ 則在 0…1 之間。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="326"/>
        <source>Type a sentence using the vocabulary…</source>
        <translation>用字彙中的單字輸入一個句子…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="367"/>
        <source>First step (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="369"/>
        <source>Step back (←)</source>
        <translation>後退一步（←）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="371"/>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暫停（Space）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="372"/>
        <source>Step forward (→)</source>
        <translation>前進一步（→）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="374"/>
        <source>Last step (End)</source>
        <translation>最後一步（End）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="378"/>
        <source>Scrub through the steps</source>
        <translation>拖曳以瀏覽各步驟</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="385"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="397"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="401"/>
        <source>Input text:</source>
        <translation>輸入文字：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="439"/>
        <source>step {0}/{1}  “{2}”</source>
        <translation>第 {0}/{1} 步  「{2}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="453"/>
        <source>show all {0} words</source>
        <translation>顯示全部 {0} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="467"/>
        <source>{0} — the diagram still shows the last good text.</source>
        <translation>{0} — 示意圖仍顯示上一次有效的文字。</translation>
    </message>
</context>
<context>
    <name>TokenChips</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="186"/>
        <source>step {0}: “{1}” — click to go here</source>
        <translation>第 {0} 步：「{1}」 — 按一下跳到這裡</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="34"/>
        <source>Lesson&apos;s RNN</source>
        <extracomment>The longest the training thread waits for the window to show a snapshot (seconds). After handling a snapshot, the window gets this long to repaint before training resumes.</extracomment>
        <translation>課程中的 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="35"/>
        <source>{0} ({1} units) trained on {2}</source>
        <translation>以 {2} 訓練的 {0}（{1} 個單元）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="36"/>
        <source>Trained in the app on {0}, seed {1}.</source>
        <translation>在程式中以 {0} 訓練，種子 {1}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="37"/>
        <source>Corpus: {0} ({1} tokens). Learning rate {2:g}, {3} epochs, {4}, seed {5}.</source>
        <translation>語料：{0}（{1} 個字詞）。學習率 {2:g}，{3} 輪，{4}，種子 {5}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="323"/>
        <source>Reset to the initial weights</source>
        <translation>還原為初始權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/training.py" line="336"/>
        <source>Training ({0} of {1} epochs)</source>
        <translation>訓練（第 {0} 輪，共 {1} 輪）</translation>
    </message>
</context>
<context>
    <name>TrainingDock</name>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="46"/>
        <source>Children&apos;s book</source>
        <extracomment>The curves show each update&apos;s loss and accuracy averaged with the updates before it: one chunk of text is noisy (a chunk that starts from an empty state, a one-word chunk).</extracomment>
        <translation>童書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="46"/>
        <source>Dinner log</source>
        <translation>晚餐紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="47"/>
        <source>Your own text</source>
        <translation>你自己的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="51"/>
        <source>Paste or type a text to learn from, or open a .txt file</source>
        <translation>貼上或輸入要學習的文字，或開啟 .txt 檔案</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="53"/>
        <source>Open .txt…</source>
        <translation>開啟 .txt…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="59"/>
        <source>plain RNN</source>
        <translation>一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="60"/>
        <source>the lesson&apos;s RNN (feeds back its prediction)</source>
        <translation>課程中的 RNN（送回自己的預測）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="75"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="77"/>
        <location filename="../../lstm_sim/ui/training_dock.py" line="216"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="79"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="81"/>
        <source>Reset weights</source>
        <translation>重設權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="83"/>
        <source>Back to this run&apos;s initial weights (undoable)</source>
        <translation>回到這次訓練的初始權重（可復原）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="91"/>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="107"/>
        <source>0 always takes the most likely word; higher is more adventurous</source>
        <translation>0 一律選擇最可能的單字；數值越高越大膽</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="109"/>
        <source>Continue the text</source>
        <translation>接著寫下去</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="111"/>
        <source>Sample words after the input text and step through them</source>
        <translation>在輸入文字之後取樣單字，並逐步檢視</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="117"/>
        <source>loss (cross-entropy), mean of {0} updates</source>
        <translation>損失（交叉熵），{0} 次更新的平均</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="119"/>
        <source>accuracy (top word right), mean of {0} updates</source>
        <translation>準確率（首選單字正確），{0} 次更新的平均</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="125"/>
        <source>updates</source>
        <translation>更新次數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="130"/>
        <source>Corpus</source>
        <translation>語料</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="135"/>
        <source>Cell</source>
        <translation>細胞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="136"/>
        <source>Hidden units</source>
        <translation>隱藏單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="137"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="138"/>
        <source>Epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="139"/>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="140"/>
        <source>Optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="141"/>
        <source>Clip gradients at</source>
        <translation>梯度裁剪上限</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="154"/>
        <source>Words to sample</source>
        <translation>取樣單字數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="155"/>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="156"/>
        <source>Sampling seed</source>
        <translation>取樣種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="158"/>
        <source>Sampling</source>
        <translation>取樣</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="198"/>
        <source>Open a text to learn from</source>
        <translation>開啟要學習的文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="199"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="206"/>
        <source>Cannot read {0}: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="207"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="216"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="250"/>
        <source>epoch {0}/{1} — about {2:.0f} s left</source>
        <translation>第 {0}/{1} 輪 — 約剩 {2:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="252"/>
        <source>epoch {0}/{1}</source>
        <translation>第 {0}/{1} 輪</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="254"/>
        <source>loss {0:.4f}, accuracy {1:.1%}</source>
        <translation>損失 {0:.4f}，準確率 {1:.1%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/training_dock.py" line="257"/>
        <source>Sampled: {0}</source>
        <translation>取樣結果：{0}</translation>
    </message>
</context>
<context>
    <name>ValvesDemo</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="106"/>
        <source>0.8 through valves {0} gives {1}.</source>
        <translation>0.8 通過閥門 {0} 得到 {1}。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="111"/>
        <source>signal</source>
        <translation>訊號</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="111"/>
        <source>valves (a gate)</source>
        <translation>閥門（一個閘門）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="112"/>
        <source>signal ⊗ valves</source>
        <translation>訊號 ⊗ 閥門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="112"/>
        <source>new votes</source>
        <translation>新的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="113"/>
        <source>got through ⊕ new votes</source>
        <translation>通過的部分 ⊕ 新的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/valves.py" line="115"/>
        <source>Element-wise addition: what got through, plus a second vector</source>
        <translation>逐元素相加：通過的部分，再加上第二個向量</translation>
    </message>
</context>
<context>
    <name>VocabularyPopup</name>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="258"/>
        <source>Filter words…</source>
        <translation>篩選單字…</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="282"/>
        <source>{0} words. Click one to put it in place of “{1}”.</source>
        <translation>共 {0} 個單字。按一下其中一個即可取代「{1}」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/timeline.py" line="284"/>
        <source>{0} words. Click one to insert it.</source>
        <translation>共 {0} 個單字。按一下其中一個即可插入。</translation>
    </message>
</context>
<context>
    <name>WeightBlockModel</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="183"/>
        <source>‘{text}’ is not a number</source>
        <extracomment>Weights are signed: they take the app&apos;s diverging scale and its fixed levels. The scale&apos;s 256 colours and the text colour that reads on each, looked up per cell: a table repaints hundreds of cells, and ``colors_for`` on one value costs ~20 µs.</extracomment>
        <translation>「{text}」不是數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="219"/>
        <source>{row} ← {col}: {value}</source>
        <translation>{row} ← {col}：{value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="242"/>
        <source>{unit} ={value}</source>
        <translation>{unit} ={value}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/block_model.py" line="253"/>
        <source>{unit}: clamped at {value} whatever the weights say</source>
        <translation>{unit}：不論權重為何，都鎖定在 {value}</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="54"/>
        <source>Path:</source>
        <extracomment>The LSTM&apos;s paths in the order the editor lists them: the prediction first, then the gates. A stacked net&apos;s upper layers name their blocks like torch: W_l1, U_l1, b_l1, …</extracomment>
        <translation>路徑：</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="57"/>
        <source>choose a path</source>
        <translation>選擇路徑</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="62"/>
        <source>Reset path</source>
        <translation>重設路徑</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="64"/>
        <source>Put this path&apos;s weights back as they were when the network was opened</source>
        <translation>將此路徑的權重還原為網路開啟時的值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="66"/>
        <source>Reset all</source>
        <translation>全部重設</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="68"/>
        <source>Put every weight back as it was when the network was opened</source>
        <translation>將所有權重還原為網路開啟時的值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="70"/>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="74"/>
        <source>The same seed always gives the same random weights</source>
        <translation>相同的種子一定會產生相同的隨機權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="76"/>
        <source>Randomize all</source>
        <translation>全部隨機設定</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="78"/>
        <source>Replace every weight with random values drawn from this seed</source>
        <translation>以這個種子產生的隨機值取代所有權重</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="90"/>
        <source>Choose a path to see the weights that feed it.</source>
        <translation>選擇一條路徑，查看輸入它的權重。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="101"/>
        <source>Type a number or double-click to set a weight · drag up or down to scrub it (Shift: finer) · + / − nudge by 0.1 (Shift: 0.01)</source>
        <translation>輸入數字或按兩下以設定權重 · 上下拖曳以調整（Shift：更精細） · + / − 每次微調 0.1（Shift：0.01）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="141"/>
        <source>embedding ← word</source>
        <translation>嵌入 ← 單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="158"/>
        <source>prediction · tanh</source>
        <translation>預測 · tanh</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="159"/>
        <source>readout → next word</source>
        <translation>輸出層 → 下一個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="214"/>
        <source>W — from new information · x</source>
        <translation>W — 來自新資訊 · x</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="215"/>
        <source>U — from the previous prediction · p (next-word probabilities)</source>
        <translation>U — 來自舊預測 · p（下一個單字的機率）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="216"/>
        <source>U — from the previous prediction · h</source>
        <translation>U — 來自舊預測 · h</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="217"/>
        <source>b — bias</source>
        <translation>b — 偏差</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="218"/>
        <source>W_out — from the prediction h to the next-word scores</source>
        <translation>W_out — 從預測 h 到下一個單字的分數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="219"/>
        <source>b_out — bias of the next-word scores</source>
        <translation>b_out — 下一個單字分數的偏差</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="220"/>
        <source>E — embedding: the inputs each word sends in</source>
        <translation>E — 嵌入：每個單字送進來的輸入</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="224"/>
        <source>{0} (layer {1})</source>
        <translation>{0}（第 {1} 層）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="286"/>
        <source>Clamp ‘{unit}’ open (1)</source>
        <translation>將「{unit}」鎖定為全開 (1)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="287"/>
        <source>Clamp ‘{unit}’ closed (0)</source>
        <translation>將「{unit}」鎖定為全關 (0)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/editor/editor.py" line="288"/>
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
        <location filename="../../lstm_sim/ui/lessons/book.py" line="16"/>
        <source>proper (“Doug saw Jane.”)</source>
        <extracomment>Row titles, one per sentence kind (same order as SENTENCE_KINDS).</extracomment>
        <translation>正確（「Doug saw Jane.」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="17"/>
        <source>same name twice (“Doug saw Doug.”)</source>
        <translation>同一個名字出現兩次（「Doug saw Doug.」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="18"/>
        <source>run-on (“… saw Jane saw …”)</source>
        <translation>停不下來（「… saw Jane saw …」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="19"/>
        <source>too short (“Doug.”)</source>
        <translation>太短（「Doug.」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/book.py" line="20"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="115"/>
        <source>the vocabulary has no “{word}”</source>
        <extracomment>A vote or memory value counts when its size is above this. A gate is open above this, closed below it. A value this small (in size) counts as nothing. Two memory terms &quot;cancel&quot; when what is left is smaller than this.</extracomment>
        <translation>字彙中沒有「{word}」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="122"/>
        <source>no unit of this network is labelled “{word}”</source>
        <translation>這個網路沒有標記為「{word}」的單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="128"/>
        <source>there is no trace to read</source>
        <translation>沒有可讀取的運算紀錄</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="130"/>
        <source>this claim is about an LSTM; this network is a plain RNN</source>
        <translation>這項說法針對的是 LSTM；這個網路是一般 RNN</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="133"/>
        <source>this claim is about a plain RNN; this network is an LSTM</source>
        <translation>這項說法針對的是一般 RNN；這個網路是 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="167"/>
        <source>cannot be read on this network ({error})</source>
        <translation>無法在這個網路上讀取（{error}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="234"/>
        <source>the text has no sentence starting “Doug saw”</source>
        <translation>文字中沒有以「Doug saw」開頭的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="235"/>
        <source>the text has no sentence starting with “Doug”</source>
        <translation>文字中沒有以「Doug」開頭的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="242"/>
        <source>Before “Doug”, the previous prediction was the names: Doug {h_prev_doug:+.3f}, Jane {h_prev_jane:+.3f}, Spot {h_prev_spot:+.3f}</source>
        <translation>在「Doug」之前，舊預測是各個名字：Doug {h_prev_doug:+.3f}、Jane {h_prev_jane:+.3f}、Spot {h_prev_spot:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="250"/>
        <source>the previous prediction for {word} is only {value:+.3f}</source>
        <translation>舊預測中 {word} 只有 {value:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="254"/>
        <source>At “Doug” the prediction path votes {g_saw:+.3f} for saw and {g_doug:+.3f} for Doug (“not Doug”)</source>
        <translation>在「Doug」時，預測路徑投給 saw {g_saw:+.3f}，投給 Doug {g_doug:+.3f}（「非 Doug」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="262"/>
        <source>the prediction path votes only {g_saw:+.3f} for saw</source>
        <translation>預測路徑只投給 saw {g_saw:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="264"/>
        <source>the prediction path votes {g_doug:+.3f} on Doug, not clearly against it</source>
        <translation>預測路徑對 Doug 投了 {g_doug:+.3f}，並未明確反對</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="267"/>
        <source>Memory keeps almost nothing from before “Doug” (at most {kept_max:.3f}), so the votes pass into memory: saw {c_saw:+.3f}, Doug {c_doug:+.3f}</source>
        <translation>記憶幾乎沒有保留「Doug」之前的內容（最多 {kept_max:.3f}），所以投票直接進入記憶：saw {c_saw:+.3f}、Doug {c_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="279"/>
        <source>memory still holds {kept_max:.3f} from earlier words (forgetting gate {f_kept:.3f})</source>
        <translation>記憶仍保留著先前單字的 {kept_max:.3f}（遺忘閘門 {f_kept:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="282"/>
        <source>only {c_saw:+.3f} of the vote for saw reaches memory (ignoring gate {i_saw:.3f})</source>
        <translation>投給 saw 的票只有 {c_saw:+.3f} 進入記憶（忽視閘門 {i_saw:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="285"/>
        <source>memory on Doug is {c_doug:+.3f}, so “not Doug” is not stored (ignoring gate {i_doug:.3f})</source>
        <translation>Doug 的記憶是 {c_doug:+.3f}，所以「非 Doug」沒有被存下來（忽視閘門 {i_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="289"/>
        <source>The selection gate holds “not Doug” back ({o_doug:.3f}) and lets saw out ({o_saw:.3f}): the output is saw ({p_saw:.0%})</source>
        <translation>篩選閘門擋下「非 Doug」（{o_doug:.3f}），並讓 saw 通過（{o_saw:.3f}）：輸出是 saw（{p_saw:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="299"/>
        <source>the selection gate on Doug is {o_doug:.3f}, so “not Doug” comes out as {h_doug:+.3f}</source>
        <translation>篩選閘門在 Doug 上是 {o_doug:.3f}，所以「非 Doug」輸出為 {h_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="302"/>
        <source>the selection gate on saw is {o_saw:.3f}, so saw is held back</source>
        <translation>篩選閘門在 saw 上是 {o_saw:.3f}，所以 saw 被擋下了</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="304"/>
        <source>saw is not the most likely next word (it gets {p_saw:.0%})</source>
        <translation>saw 不是最可能的下一個單字（只有 {p_saw:.0%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="307"/>
        <source>At “saw” the prediction path votes for the names: Doug {g_doug:+.3f}, Jane {g_jane:+.3f}, Spot {g_spot:+.3f}</source>
        <translation>在「saw」時，預測路徑投給各個名字：Doug {g_doug:+.3f}、Jane {g_jane:+.3f}、Spot {g_spot:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="315"/>
        <source>the prediction path votes only {value:+.3f} for {word}</source>
        <translation>預測路徑只投給 {word} {value:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="319"/>
        <source>The forgetting gate forgets saw ({f_saw:.3f}) and keeps “not Doug” ({f_doug:.3f})</source>
        <translation>遺忘閘門忘掉 saw（{f_saw:.3f}），保留「非 Doug」（{f_doug:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="326"/>
        <source>the forgetting gate on saw is {f_saw:.3f}, so the old saw stays in memory</source>
        <translation>遺忘閘門在 saw 上是 {f_saw:.3f}，所以舊的 saw 仍留在記憶中</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="328"/>
        <source>the forgetting gate on Doug is {f_doug:.3f}, so “not Doug” is gone</source>
        <translation>遺忘閘門在 Doug 上是 {f_doug:.3f}，所以「非 Doug」已經消失</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="331"/>
        <source>In memory, the kept “not Doug” ({from_doug:+.3f}) and the new vote for Doug ({from_saw:+.3f}) cancel: Doug&apos;s memory is {c_doug:+.3f}</source>
        <translation>在記憶中，保留下來的「非 Doug」（{from_doug:+.3f}）與投給 Doug 的新票（{from_saw:+.3f}）互相抵消：Doug 的記憶是 {c_doug:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="343"/>
        <source>only {from_doug:+.3f} of “not Doug” is left in memory</source>
        <translation>記憶中只剩下 {from_doug:+.3f} 的「非 Doug」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="345"/>
        <source>the new vote adds only {from_saw:+.3f} for Doug</source>
        <translation>新的投票只為 Doug 加了 {from_saw:+.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="347"/>
        <source>Doug&apos;s memory is {c_doug:+.3f}: the votes do not cancel</source>
        <translation>Doug 的記憶是 {c_doug:+.3f}：投票並未互相抵消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="350"/>
        <source>The output is Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}), not Doug ({p_doug:.0%}): no “Doug saw Doug.”</source>
        <translation>輸出是 Jane（{p_jane:.0%}）和 Spot（{p_spot:.0%}），而不是 Doug（{p_doug:.0%}）：不會寫出「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="358"/>
        <source>Doug still gets {p_doug:.0%}: the net could write “Doug saw Doug.”</source>
        <translation>Doug 仍有 {p_doug:.0%}：網路可能會寫出「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="359"/>
        <source>Jane gets only {p_jane:.0%}</source>
        <translation>Jane 只有 {p_jane:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/claims.py" line="360"/>
        <source>Spot gets only {p_spot:.0%}</source>
        <translation>Spot 只有 {p_spot:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="12"/>
        <source>Over three weeks, guessing from the weekday is right {weekday_accuracy:.0%} of the time; guessing “the dish after yesterday&apos;s” is right {yesterday_accuracy:.0%}</source>
        <translation>三週下來，依星期幾來猜的正確率是 {weekday_accuracy:.0%}；猜「昨天那道菜的下一道」的正確率是 {yesterday_accuracy:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="19"/>
        <source>the weekday predicts {weekday_accuracy:.0%}</source>
        <translation>依星期幾預測的正確率是 {weekday_accuracy:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="20"/>
        <source>yesterday predicts only {yesterday_accuracy:.0%}</source>
        <translation>依昨天預測的正確率只有 {yesterday_accuracy:.0%}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="37"/>
        <source>the text has no away day (“?”) after a confident prediction</source>
        <translation>文字中沒有在有把握的預測之後出現不在家的日子（「?」）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="40"/>
        <source>the text names no dinner</source>
        <translation>文字中沒有提到任何晚餐</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="48"/>
        <source>Given yesterday&apos;s dinner, the net predicts the next dish of the cycle ({right} of {days} days, at least {confidence:.1%} sure)</source>
        <translation>知道昨天的晚餐後，網路會預測週期中的下一道菜（{days} 天中有 {right} 天，把握度至少 {confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="55"/>
        <source>it predicts the next dish on only {right} of {days} days</source>
        <translation>{days} 天中只有 {right} 天預測出下一道菜</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="58"/>
        <source>On days you were away, the net rolls its own prediction forward ({right} of {days} away days, at least {confidence:.1%} sure)</source>
        <translation>在你不在家的日子，網路會沿用自己的預測往下推（{days} 個不在家的日子中有 {right} 天，把握度至少 {confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="65"/>
        <source>after an away day it picks the dish after its own guess on only {right} of {days} days</source>
        <translation>不在家的日子之後，{days} 天中只有 {right} 天選了自己猜測的下一道菜</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="70"/>
        <source>Every word goes in as a one-hot vector: {one_hot} of {steps} inputs have a single 1 and zeros elsewhere ({blank} unknown days are all zeros)</source>
        <translation>每個單字都以 one-hot 向量輸入：{steps} 個輸入中有 {one_hot} 個只有一個 1、其餘都是 0（{blank} 個未知的日子全為 0）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="80"/>
        <source>{one_hot} of {steps} inputs are one-hot</source>
        <translation>{steps} 個輸入中有 {one_hot} 個是 one-hot</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="90"/>
        <source>After “Doug saw”, the RNN finds Doug ({p_doug:.0%}) as likely as Jane ({p_jane:.0%}) and Spot ({p_spot:.0%}): it can write “Doug saw Doug.”</source>
        <translation>在「Doug saw」之後，RNN 認為 Doug（{p_doug:.0%}）和 Jane（{p_jane:.0%}）、Spot（{p_spot:.0%}）一樣可能：它可能寫出「Doug saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="97"/>
        <source>the text has no “Doug saw”</source>
        <translation>文字中沒有「Doug saw」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="103"/>
        <source>Doug gets only {p_doug:.0%} after “Doug saw”: this net avoids the mistake</source>
        <translation>在「Doug saw」之後 Doug 只有 {p_doug:.0%}：這個網路避開了這個錯誤</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="106"/>
        <source>The RNN&apos;s memory is one step: what it carries into “saw” after Doug and after another name differs by only {difference:.3f}, so it cannot know who saw</source>
        <translation>RNN 的記憶只有一步：在 Doug 之後和在其他名字之後，它帶進「saw」的內容只相差 {difference:.3f}，所以它無法知道是誰 saw（看見）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="113"/>
        <source>the text needs “Doug saw” and another name followed by “saw”</source>
        <translation>文字中需要有「Doug saw」，以及另一個名字後面接著「saw」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="120"/>
        <source>the two differ by {difference:.2f}: this net remembers more than one step</source>
        <translation>兩者相差 {difference:.2f}：這個網路記得不只一步</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="124"/>
        <source>After “saw” and a name, “saw” ({p_saw:.0%}) is as likely as the period ({p_period:.0%}): run-ons like “Doug saw Jane saw Spot…”</source>
        <translation>在「saw」和一個名字之後，「saw」（{p_saw:.0%}）和句號（{p_period:.0%}）一樣可能：會寫出像「Doug saw Jane saw Spot…」這樣停不下來的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="132"/>
        <source>the text has no name after “saw”</source>
        <translation>文字中「saw」後面沒有名字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="137"/>
        <source>“saw” gets only {p_saw:.0%} after the object: no run-ons</source>
        <translation>在受詞之後「saw」只有 {p_saw:.0%}：不會寫出停不下來的句子</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="141"/>
        <source>Ten votes of 0.8 add up to {unsquashed:.1f} without squashing, but stay at {squashed:.2f} when tanh squashes after each vote</source>
        <translation>十張 0.8 的票不經擠壓會加總到 {unsquashed:.1f}，但若每次投票後都用 tanh 擠壓，就會維持在 {squashed:.2f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="148"/>
        <source>squashed sum {squashed:.2f}</source>
        <translation>擠壓後的總和 {squashed:.2f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="151"/>
        <source>Every tanh-squashed value in this trace stays within −1…1 (largest size {max_abs:.3f})</source>
        <translation>這份運算紀錄中每個經 tanh 擠壓的數值都保持在 −1…1 之間（最大絕對值 {max_abs:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="158"/>
        <source>a squashed value reaches {max_abs:.3f}</source>
        <translation>有個擠壓後的數值達到 {max_abs:.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="161"/>
        <source>Every gate value (σ) lies between 0 and 1 (from {low:.3f} to {high:.3f})</source>
        <translation>每個閘門值（σ）都介於 0 和 1 之間（從 {low:.3f} 到 {high:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="169"/>
        <source>a gate reaches {low:.3f} … {high:.3f}</source>
        <translation>有個閘門達到 {low:.3f} … {high:.3f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="173"/>
        <source>A signal of 0.8 through valves set to 1, 0.5 and 0 comes out {out_1:.1f}, {out_2:.1f} and {out_3:.1f}</source>
        <translation>0.8 的訊號通過設為 1、0.5 和 0 的閥門後，得到 {out_1:.1f}、{out_2:.1f} 和 {out_3:.1f}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="180"/>
        <source>the valves give {out_1}, {out_2}, {out_3}</source>
        <translation>閥門得到 {out_1}、{out_2}、{out_3}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="183"/>
        <source>At every step the new memory is kept memory ⊕ admitted votes, c = f⊙c₋₁ + i⊙g (largest difference {max_error:.1e})</source>
        <translation>每一步的新記憶都是「保留的記憶 ⊕ 放行的投票」，c = f⊙c₋₁ + i⊙g（最大差異 {max_error:.1e}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="190"/>
        <source>c differs from f⊙c₋₁ + i⊙g by {max_error:.2e}</source>
        <translation>c 與 f⊙c₋₁ + i⊙g 相差 {max_error:.2e}</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="194"/>
        <source>The prediction is the squashed memory through the selection gate, h = o⊙tanh(c) (largest difference {max_error:.1e})</source>
        <translation>預測是擠壓後的記憶通過篩選閘門的結果，h = o⊙tanh(c)（最大差異 {max_error:.1e}）</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/facts.py" line="201"/>
        <source>h differs from o⊙tanh(c) by {max_error:.2e}</source>
        <translation>h 與 o⊙tanh(c) 相差 {max_error:.2e}</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="19"/>
        <source>Prediction path: a small network that reads the new information and the previous prediction and votes for (+) or against (−) each unit, squashed by tanh into −1…1.</source>
        <extracomment>One sentence per box or node: what it does, in the lesson&apos;s terms.</extracomment>
        <translation>預測路徑：一個小網路，讀取新資訊和舊預測，對每個單元投下贊成 (+) 或反對 (−) 票，再經 tanh 擠壓到 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="20"/>
        <source>Ignoring gate: decides, per unit, how much of the prediction path&apos;s fresh votes is let into memory (0 = ignore it, 1 = let it all in).</source>
        <translation>忽視閘門：逐單元決定預測路徑的新投票有多少能放行進入記憶（0 = 忽視，1 = 全部放行）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="21"/>
        <source>Forgetting gate: decides, per unit, how much of the old memory to keep (0 = forget it, 1 = keep all of it).</source>
        <translation>遺忘閘門：逐單元決定要保留多少舊記憶（0 = 忘掉，1 = 全部保留）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="22"/>
        <source>Selection gate: decides, per unit, how much of the memory is released as this step&apos;s prediction (0 = hold it back, 1 = let it out).</source>
        <translation>篩選閘門：逐單元決定釋出多少記憶，作為這一步的預測（0 = 擋下，1 = 放出）。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="23"/>
        <source>Prediction: a small network that combines the new information and the previous prediction into votes for each unit, squashed by tanh into −1…1.</source>
        <translation>預測：一個小網路，把新資訊和舊預測結合成對每個單元的投票，再經 tanh 擠壓到 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="24"/>
        <source>Forgetting ⊗: multiplies the old memory element by element by the forgetting gate, so each unit keeps only the share the gate allows.</source>
        <translation>遺忘 ⊗：將舊記憶與遺忘閘門逐元素相乘，讓每個單元只保留閘門允許的部分。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="25"/>
        <source>Ignoring ⊗: multiplies the prediction path&apos;s votes element by element by the ignoring gate, so only what the gate lets in goes on to memory.</source>
        <translation>忽視 ⊗：將預測路徑的投票與忽視閘門逐元素相乘，只有閘門放行的部分才會進入記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="26"/>
        <source>Merging ⊕: adds the kept memory and the admitted new votes element by element; the sum is the new memory cₜ.</source>
        <translation>合併 ⊕：將保留的記憶與放行的新投票逐元素相加；總和就是新的記憶 cₜ。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="27"/>
        <source>Squashing: tanh squeezes the memory into −1…1, so votes that pile up over many steps cannot grow without bound.</source>
        <translation>擠壓：tanh 把記憶擠進 −1…1 之間，讓經過許多步累積的投票不會無限制地增長。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="28"/>
        <source>Selection ⊗: multiplies the squashed memory element by element by the selection gate, so only the selected units become the prediction hₜ.</source>
        <translation>篩選 ⊗：將擠壓後的記憶與篩選閘門逐元素相乘，只有被選中的單元會成為預測 hₜ。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="29"/>
        <source>Next step: this prediction is fed back as the previous prediction hₜ₋₁ when the next word comes in.</source>
        <translation>下一步：下一個單字輸入時，這個預測會送回來，成為舊預測 hₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="30"/>
        <source>New information: this step&apos;s word as a one-hot vector, one cell per vocabulary word.</source>
        <translation>新資訊：這一步的單字，以 one-hot 向量表示，字彙中的每個單字各占一格。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="31"/>
        <source>Previous prediction: what the cell predicted at the step before, fed back in.</source>
        <translation>舊預測：細胞在上一步做出的預測，再送回來作為輸入。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="32"/>
        <source>Previous prediction: the next-word probabilities this net gave at the step before, fed back in. It is the net&apos;s only memory, as yesterday&apos;s prediction is the dinner net&apos;s.</source>
        <translation>舊預測：這個網路在上一步給出的下一個單字機率，送回來當輸入。這是它唯一的記憶，就像晚餐網路唯一記得的是昨天的預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="33"/>
        <source>Next-word probabilities: the readout&apos;s scores for every word, squashed by softmax so they add up to 1. They are this step&apos;s prediction and the next step&apos;s input.</source>
        <translation>下一個單字的機率：輸出層給每個單字的分數，經 softmax 壓成總和為 1。它們是這一步的預測，也是下一步的輸入。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="34"/>
        <source>Next step: the probabilities are fed back as the previous prediction pₜ₋₁ when the next word comes in.</source>
        <translation>下一步：下一個單字進來時，這些機率送回來成為舊預測 pₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="35"/>
        <source>Memory cₜ₋₁: what the cell carried over from earlier steps.</source>
        <translation>記憶 cₜ₋₁：細胞從先前各步帶過來的內容。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="36"/>
        <source>Memory cₜ: the kept old memory plus the new votes the ignoring gate let in.</source>
        <translation>記憶 cₜ：保留的舊記憶，加上忽視閘門放行的新投票。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="37"/>
        <source>Squashed memory: the new memory passed through tanh, so it stays within −1…1.</source>
        <translation>擠壓後的記憶：新的記憶經過 tanh，因此保持在 −1…1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="38"/>
        <source>Prediction hₜ: the squashed memory after the selection gate; it is this step&apos;s output and the next step&apos;s previous prediction.</source>
        <translation>預測 hₜ：擠壓後的記憶通過篩選閘門的結果；它是這一步的輸出，也是下一步的舊預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="39"/>
        <source>Memory cₜ is carried along the top line to the next step, where it becomes cₜ₋₁.</source>
        <translation>記憶 cₜ 沿著最上方的線傳到下一步，在那裡成為 cₜ₋₁。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="54"/>
        <source>unit</source>
        <extracomment>What one cell of a strip is: a unit, a word (one-hot input) or a value (an embedding&apos;s).</extracomment>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="55"/>
        <source>word</source>
        <translation>詞</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="56"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="29"/>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="39"/>
        <source>1 · In: the new information xₜ and the previous prediction hₜ₋₁</source>
        <extracomment>What each stage of the computation does, for stepping inside the cell (the lesson&apos;s order; the stages are the layouts&apos; STAGES).</extracomment>
        <translation>1 · 輸入：新資訊 xₜ 和舊預測 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="30"/>
        <source>2 · Four paths vote: g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)</source>
        <translation>2 · 四條路徑投票：g = tanh(W_g·x + U_g·h₋₁ + b_g);  i, f, o = σ(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="31"/>
        <source>3 · Forgetting: f ⊙ cₜ₋₁ keeps part of the old memory</source>
        <translation>3 · 遺忘：f ⊙ cₜ₋₁ 保留部分舊記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="32"/>
        <source>4 · Ignoring: i ⊙ g lets part of the new votes in</source>
        <translation>4 · 忽視：i ⊙ g 放行部分新投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="33"/>
        <source>5 · Merging: cₜ = f ⊙ cₜ₋₁ + i ⊙ g</source>
        <translation>5 · 合併：cₜ = f ⊙ cₜ₋₁ + i ⊙ g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="34"/>
        <source>6 · Squashing: tanh(cₜ) keeps the memory&apos;s votes within −1…1</source>
        <translation>6 · 擠壓：tanh(cₜ) 讓記憶中的投票保持在 −1…1 之間</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="35"/>
        <source>7 · Selection: hₜ = o ⊙ tanh(cₜ)</source>
        <translation>7 · 篩選：hₜ = o ⊙ tanh(cₜ)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="36"/>
        <source>8 · Out: the prediction hₜ, which also comes back as the next step&apos;s hₜ₋₁</source>
        <translation>8 · 輸出：預測 hₜ，它也會送回來成為下一步的 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="40"/>
        <source>2 · The prediction path: hₜ = tanh(W·x + U·h₋₁ + b)</source>
        <translation>2 · 預測路徑：hₜ = tanh(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="41"/>
        <source>3 · Out: the prediction hₜ</source>
        <translation>3 · 輸出：預測 hₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="42"/>
        <source>4 · Next step: hₜ comes back as hₜ₋₁</source>
        <translation>4 · 下一步：hₜ 送回來成為 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="45"/>
        <source>1 · In: the new information xₜ and the previous prediction pₜ₋₁</source>
        <translation>1 · 輸入：新資訊 xₜ 與舊預測 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="46"/>
        <source>2 · The prediction path: hₜ = tanh(W·x + U·pₜ₋₁ + b)</source>
        <translation>2 · 預測路徑：hₜ = tanh(W·x + U·pₜ₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="47"/>
        <source>3 · Out: the next-word probabilities pₜ = softmax(W_out·hₜ + b_out)</source>
        <translation>3 · 輸出：下一個單字的機率 pₜ = softmax(W_out·hₜ + b_out)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="48"/>
        <source>4 · Next step: pₜ comes back as pₜ₋₁</source>
        <translation>4 · 下一步：pₜ 送回來成為 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="253"/>
        <source>2 · The prediction path votes: g = tanh(W_g·x + U_g·h₋₁ + b_g)</source>
        <translation>2 · 預測路徑投票：g = tanh(W_g·x + U_g·h₋₁ + b_g)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="255"/>
        <source>;  {0} = σ(W·x + U·h₋₁ + b)</source>
        <translation>;  {0} = σ(W·x + U·h₋₁ + b)</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/view.py" line="257"/>
        <source>5 · Merging: cₜ = f ⊙ cₜ₋₁ + g</source>
        <translation>5 · 合併：cₜ = f ⊙ cₜ₋₁ + g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/scene.py" line="123"/>
        <source>next step · hₜ becomes hₜ₋₁</source>
        <extracomment>The wire captions by key (the views may name what a wire carries right now). Items to light up together, in computation order (each item in one stage).</extracomment>
        <translation>下一步 · hₜ 變成 hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/scene.py" line="124"/>
        <source>next step · pₜ becomes pₜ₋₁</source>
        <translation>下一步 · pₜ 變成 pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="77"/>
        <source>{0} units</source>
        <translation>{0} 個單元</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="78"/>
        <source>{0} words</source>
        <translation>{0} 個單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/diagram/strip.py" line="79"/>
        <source>{0} values</source>
        <translation>{0} 個值</translation>
    </message>
</context>
<context>
    <name>dinner</name>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="24"/>
        <source>pizza</source>
        <extracomment>The dishes&apos; names, for lupdate.</extracomment>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="24"/>
        <source>sushi</source>
        <translation>sushi</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/ui/lessons/dinner.py" line="25"/>
        <source>waffles</source>
        <translation>waffles</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="17"/>
        <source>new information · xₜ</source>
        <translation>新資訊 · xₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="18"/>
        <source>previous prediction · hₜ₋₁</source>
        <translation>舊預測 · hₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="19"/>
        <source>previous prediction · pₜ₋₁</source>
        <translation>舊預測 · pₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="20"/>
        <source>memory · cₜ₋₁</source>
        <translation>記憶 · cₜ₋₁</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="21"/>
        <source>ignoring · i</source>
        <translation>忽視 · i</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="22"/>
        <source>forgetting · f</source>
        <translation>遺忘 · f</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="23"/>
        <source>prediction · g</source>
        <translation>預測 · g</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="24"/>
        <source>selection · o</source>
        <translation>篩選 · o</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="25"/>
        <source>memory · cₜ</source>
        <translation>記憶 · cₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="26"/>
        <source>squashed memory · tanh cₜ</source>
        <translation>擠壓後的記憶 · tanh cₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="27"/>
        <source>prediction · hₜ</source>
        <translation>預測 · hₜ</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/glossary.py" line="28"/>
        <source>next word · p</source>
        <translation>下一個單字 · p</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/controller/session.py" line="466"/>
        <location filename="../../lstm_sim/ui/diagram/names.py" line="15"/>
        <source>prediction · tanh</source>
        <extracomment>The wire names in the current language (re-exported for the layouts and strips). Titles of the path boxes; &apos;rnn&apos; is the plain recurrent cell&apos;s single path.</extracomment>
        <translation>預測 · tanh</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="18"/>
        <source>Dinner</source>
        <extracomment>The dinner-days demo starts with you away on days 3, 5 and 6.</extracomment>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="19"/>
        <source>What&apos;s for dinner?</source>
        <translation>晚餐吃什麼？</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="20"/>
        <source>Your roommate cooks every evening, and it is always one of three dishes: pizza, sushi or waffles. You would like to know tonight&apos;s dish before you get home.</source>
        <translation>你的室友每天晚上都會下廚，而且一定是這三道菜之一：pizza（披薩）、sushi（壽司）或 waffles（鬆餅）。你希望在回到家之前，就知道今晚吃什麼。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="23"/>
        <source>The obvious clues — the day of the week, the month, whether your roommate had a late meeting — are no help: a network trained on them guesses about as well as rolling a three-sided die.</source>
        <translation>最明顯的線索——星期幾、幾月、室友是不是開會開到很晚——都派不上用場：用這些資料訓練出來的網路，猜中的機率跟擲一顆三面骰子差不多。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="27"/>
        <source>The cycle</source>
        <translation>週期</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="28"/>
        <source>Look at the log instead of the calendar and a pattern appears: pizza, then sushi, then waffles, then pizza again, without fail.</source>
        <translation>別看日曆，改看晚餐紀錄，規律就浮現了：先是 pizza，接著 sushi，然後 waffles，再回到 pizza，從不例外。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="30"/>
        <source>A three-day cycle slides past the seven-day week, so every weekday gets every dish equally often. The one thing that predicts tonight is last night.</source>
        <translation>三天一輪的週期和七天一週的星期互相錯開，所以每個星期幾吃到每道菜的次數都一樣多。唯一能預測今晚的，就是昨晚。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="34"/>
        <source>A network that looks back</source>
        <translation>會回頭看的網路</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="35"/>
        <source>The recurrent network gets two inputs: yesterday&apos;s actual dinner (the new information) and its own prediction for yesterday (the previous prediction). From them it makes today&apos;s prediction.</source>
        <translation>循環神經網路有兩個輸入：昨天實際吃的晚餐（新資訊），以及它自己對昨天的預測（舊預測）。它根據這兩者做出今天的預測。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="38"/>
        <source>Tomorrow, today&apos;s prediction comes back in as “yesterday&apos;s prediction”: that loop, drawn as the dashed arrow, is what makes the network recurrent.</source>
        <translation>到了明天，今天的預測會再送回來，成為「昨日預測」：圖中以虛線箭頭畫出的這個迴圈，正是讓網路成為「循環」網路的關鍵。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="44"/>
        <source>Away for a few days</source>
        <translation>出門幾天</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="45"/>
        <source>When you were away you do not know what was cooked: the new information is empty (“?”). The network still has its own guess for that day, and predicts the dish after it.</source>
        <translation>你不在家的時候，就不知道煮了什麼：新資訊是空的（「?」）。不過網路對那天仍有自己的猜測，於是預測它的下一道菜。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="48"/>
        <source>Mark days away below. Several in a row, and it keeps rolling its own guesses forward. Away on the very first day, it has nothing to go on.</source>
        <translation>在下方標出你不在家的日子。連續好幾天不在家，它就會一路沿用自己的猜測往下推；要是第一天就不在家，它就毫無依據了。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="55"/>
        <source>Vectors and one-hot</source>
        <translation>向量與 one-hot</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="56"/>
        <source>A list of numbers</source>
        <translation>一串數字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="57"/>
        <source>A vector is just a list of numbers in a fixed order. A day&apos;s weather could be: high 24 °C, low 6 °C, wind 21 km/h, 83 % chance of rain — the vector [24, 6, 21, 0.83].</source>
        <translation>向量（vector）只是一串依固定順序排列的數字。某一天的天氣可以寫成：最高溫 24 °C、最低溫 6 °C、風速 21 km/h、降雨機率 83 %——也就是向量 [24, 6, 21, 0.83]。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="60"/>
        <source>Position carries the meaning: the first number is always the high, the last always the chance of rain.</source>
        <translation>意義由位置決定：第一個數字永遠是最高溫，最後一個永遠是降雨機率。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="63"/>
        <source>One-hot</source>
        <translation>One-hot 編碼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="64"/>
        <source>Even “today is Tuesday” is a vector: one position per weekday, Monday to Sunday, a 1 for Tuesday and 0 everywhere else: [0, 1, 0, 0, 0, 0, 0].</source>
        <translation>就連「今天是週二」也可以用向量表示：週一到週日每天各占一個位置，週二為 1，其他都是 0：[0, 1, 0, 0, 0, 0, 0]。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="67"/>
        <source>A vector with a single 1 among zeros is called one-hot. It is a very common way to feed categories to a network.</source>
        <translation>只有一個 1、其餘都是 0 的向量稱為 one-hot（或譯作「獨熱」）向量。這是把類別資料輸入網路時非常常見的做法。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="70"/>
        <source>Dinners and words</source>
        <translation>晚餐與單字</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="71"/>
        <source>Pizza is [1, 0, 0] over (pizza, sushi, waffles), and a prediction is a vector of the same length: one score per dish, the largest wins.</source>
        <translation>依 (pizza, sushi, waffles) 的順序，pizza 就是 [1, 0, 0]；預測也是同樣長度的向量：每道菜一個分數，分數最高的勝出。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="73"/>
        <source>Words work the same way. With the five words Doug, Jane, Spot, saw and the period, each word is a one-hot vector of five: the new-information strip lights exactly one cell per step.</source>
        <translation>單字也是同樣的道理。有了 Doug、Jane、Spot、saw 和句號這五個字，每個單字都是長度為五的 one-hot 向量：新資訊那一列每一步都恰好只亮一格。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="79"/>
        <source>The children&apos;s book with an RNN</source>
        <translation>用 RNN 寫童書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="80"/>
        <source>A very small book</source>
        <translation>一本很小的書</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="81"/>
        <source>The book uses five words: Doug, Jane, Spot, saw and the period. All it says is “Doug saw Jane. Jane saw Spot. Spot saw Doug.”</source>
        <translation>這本書只用了五個字：Doug（道格）、Jane（珍）、Spot（小點）、saw（看見）和句號。整本書的內容就是「Doug saw Jane. Jane saw Spot. Spot saw Doug.」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="83"/>
        <source>The task: read it word by word and predict the next word.</source>
        <translation>任務是：逐字讀下去，並預測下一個字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="85"/>
        <source>What a plain RNN learns</source>
        <translation>一般 RNN 學到了什麼</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="86"/>
        <source>A plain recurrent network sees the new word and its previous prediction. It learns the simplest rule that fits: after a name comes “saw” or a period; after “saw” or a period comes a name.</source>
        <translation>一般的循環神經網路看得到新的單字和它的舊預測。它學到的是最簡單、又符合資料的規則：名字之後接「saw」或句號；「saw」或句號之後接名字。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="91"/>
        <source>Let it write</source>
        <translation>讓它寫寫看</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="92"/>
        <source>Let the network write on its own and count its sentences. Some are right, but it also writes “Doug saw Doug.” and run-ons like “Doug saw Jane saw Spot saw …”.</source>
        <translation>讓網路自己寫，再數一數它寫出的句子。有些是對的，但它也會寫出「Doug saw Doug.」，以及像「Doug saw Jane saw Spot saw …」這樣停不下來的句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="95"/>
        <source>The LSTM of lesson 7, sampled the same way, writes only proper sentences.</source>
        <translation>第 7 課的 LSTM 用同樣的方式取樣，寫出的全都是正確的句子。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="99"/>
        <source>Why: one step of memory</source>
        <translation>原因：只有一步的記憶</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="100"/>
        <source>At “saw” the network knows only “saw” and its previous prediction, and that prediction looks the same after Doug as after Jane. Who did the seeing is already gone, so every name looks fine.</source>
        <translation>讀到「saw」時，網路只知道「saw」和它的舊預測，而不論前面是 Doug 還是 Jane，這個預測看起來都一樣。是誰「看見」早已無從得知，所以每個名字看起來都可以。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="103"/>
        <source>That is a limit of this design, whose only memory is its last prediction; a recurrent net with hidden units of its own can learn this book. To look further back, the LSTM adds a memory.</source>
        <translation>這是這種設計的限制：它唯一的記憶就是舊預測；擁有自己隱藏單元的循環網路就學得會這本書。為了看得更遠，LSTM 加上了記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="109"/>
        <source>Squashing</source>
        <translation>擠壓</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="110"/>
        <source>Two squashing functions</source>
        <translation>兩種擠壓函數</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="111"/>
        <source>tanh squeezes any number into −1 … 1: large positive values come out near 1, large negative ones near −1, small ones almost unchanged.</source>
        <translation>tanh 會把任何數字擠進 −1 … 1 之間：很大的正數會接近 1，很大的負數會接近 −1，很小的數則幾乎不變。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="113"/>
        <source>The logistic function σ squeezes into 0 … 1 instead, which is just what a gate needs: 0 shut, 1 open. Drag the marker to read both.</source>
        <translation>邏輯函數 σ 則是擠進 0 … 1 之間，這正是閘門需要的：0 是關，1 是開。拖曳標記即可同時讀出兩者的值。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="117"/>
        <source>Votes that pile up</source>
        <translation>越積越多的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="118"/>
        <source>In a recurrent network the same values go round the loop step after step. Added up again and again, a vote grows without limit.</source>
        <translation>在循環網路中，同樣的數值會一步接一步地在迴圈中打轉。一再相加之下，投票的數值會無限制地增長。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="120"/>
        <source>Squash after every step and the total stays inside −1 … 1, however many votes come in.</source>
        <translation>如果每一步之後都擠壓一次，不論投進多少票，總和都會保持在 −1 … 1 之間。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="125"/>
        <source>Element-wise operations and gates</source>
        <translation>逐元素運算與閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="126"/>
        <source>Element by element</source>
        <translation>逐元素</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="127"/>
        <source>Two vectors of the same length can be combined position by position: ⊕ adds each pair, ⊗ multiplies each pair. The result has the same length again.</source>
        <translation>兩個長度相同的向量可以按位置逐一結合：⊕ 把每一對相加，⊗ 把每一對相乘。結果仍是相同長度的向量。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="131"/>
        <source>A gate is a row of valves</source>
        <translation>閘門就是一排閥門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="132"/>
        <source>A gate is a vector of values between 0 and 1. Multiply a signal by it element-wise and each element passes through its own valve: 0.8 through valves at 1, 0.5 and 0 comes out 0.8, 0.4 and 0.</source>
        <translation>閘門是由介於 0 和 1 之間的數值組成的向量。把訊號與它逐元素相乘，每個元素就會通過各自的閥門：0.8 通過開度為 1、0.5 和 0 的閥門，分別得到 0.8、0.4 和 0。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="135"/>
        <source>Move the valves and watch what gets through.</source>
        <translation>調整閥門，看看有什麼能通過。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="137"/>
        <source>Gates in the cell</source>
        <translation>細胞中的閘門</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="138"/>
        <source>The LSTM has three ⊗ valves (forgetting, ignoring, selection) and one ⊕, which merges the kept memory with the newly admitted votes.</source>
        <translation>LSTM 有三個 ⊗ 閥門（遺忘、忽視、篩選）和一個 ⊕；⊕ 負責把保留下來的記憶與新放行的投票合併。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="145"/>
        <source>Building the LSTM</source>
        <translation>組裝 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="146"/>
        <source>Start from the prediction</source>
        <translation>從預測開始</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="147"/>
        <source>Begin with the recurrent net&apos;s one path: the prediction path reads the new information and the previous prediction and votes for or against each word, squashed by tanh.</source>
        <translation>先從循環網路唯一的路徑開始：預測路徑讀取新資訊和舊預測，對每個單字投下贊成或反對票，再經 tanh 擠壓。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="151"/>
        <source>Memory and forgetting</source>
        <translation>記憶與遺忘</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="152"/>
        <source>Add a memory line that carries votes from step to step. The forgetting gate decides, word by word, how much of the old memory to keep; the new votes are added on top.</source>
        <translation>加上一條記憶線，把投票一步步往下傳。遺忘閘門逐字決定要保留多少舊記憶；新的投票則再加上去。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="158"/>
        <source>Selection</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="159"/>
        <source>Not everything in memory should be said at once. The selection gate picks what leaves: the prediction is the squashed memory times the selection gate, h = o ⊙ tanh(c). The rest stays in memory.</source>
        <translation>記憶中的東西不該一次全說出來。篩選閘門挑出要輸出的部分：預測等於擠壓後的記憶乘上篩選閘門，h = o ⊙ tanh(c)。其餘的則留在記憶中。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="165"/>
        <source>Ignoring</source>
        <translation>忽視</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="166"/>
        <source>The ignoring gate can set fresh votes aside before they reach memory, so that what does not matter now does not clutter it. In this small net it is always open.</source>
        <translation>忽視閘門可以在新的投票進入記憶之前，先把它們擱在一旁，讓眼下不重要的東西不會弄亂記憶。在這個小網路中，它一直是全開的。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="171"/>
        <source>Four small networks</source>
        <translation>四個小網路</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="172"/>
        <source>That is the whole cell: four small networks — prediction, ignoring, forgetting, selection — each fed the new information and the previous prediction, tied together by element-wise ⊗ and ⊕.</source>
        <translation>這就是完整的細胞：四個小網路——預測、忽視、遺忘、篩選——每一個都接收新資訊和舊預測，再由逐元素的 ⊗ 和 ⊕ 串連在一起。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="180"/>
        <source>“Jane saw Spot. Doug…”</source>
        <translation>「Jane saw Spot. Doug…」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="181"/>
        <source>After a full sentence</source>
        <translation>一個完整的句子之後</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="182"/>
        <source>This LSTM is already trained. It has read “Jane saw Spot.”, so its previous prediction is “a name”: Doug, Jane or Spot. Now “Doug” comes in.</source>
        <translation>這個 LSTM 已經訓練好了。它讀過「Jane saw Spot.」，所以它的舊預測是「一個名字」：Doug、Jane 或 Spot。現在輸入的是「Doug」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="187"/>
        <source>Votes at “Doug”</source>
        <translation>在「Doug」時的投票</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="188"/>
        <source>The prediction path votes for “saw” and against Doug — “not Doug”, because Doug never sees himself in this book.</source>
        <translation>預測路徑投票贊成「saw」、反對 Doug——也就是「非 Doug」，因為在這本書裡，Doug 從來不會看見自己。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="190"/>
        <source>The forgetting gate has just dropped the old names, so memory is empty and both votes pass straight into it.</source>
        <translation>遺忘閘門剛剛丟掉了舊的名字，所以記憶是空的，兩張票都直接進入記憶。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="194"/>
        <source>Selection at “Doug”</source>
        <translation>在「Doug」時的篩選</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="195"/>
        <source>The selection gate has learned that after a name comes “saw” or a period. It holds “not Doug” back — it stays in memory — and lets “saw” out: the prediction is “saw”.</source>
        <translation>篩選閘門已經學到：名字之後會接「saw」或句號。它擋下「非 Doug」（讓它留在記憶中），並讓「saw」通過：預測是「saw」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="200"/>
        <source>Next word: “saw”</source>
        <translation>下一個字：「saw」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="201"/>
        <source>Now “saw” comes in, and the previous prediction was “saw”. The prediction path votes for all three names, Doug included.</source>
        <translation>現在輸入「saw」，而舊預測也是「saw」。預測路徑投票贊成全部三個名字，連 Doug 也包括在內。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="205"/>
        <source>Forget “saw”, keep “not Doug”</source>
        <translation>忘掉「saw」，保留「非 Doug」</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="206"/>
        <source>Because the last word was “saw”, the forgetting gate drops “saw” from memory but keeps “not Doug”.</source>
        <translation>因為上一個字是「saw」，遺忘閘門把「saw」從記憶中丟掉，但保留「非 Doug」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="210"/>
        <source>Doug cancels out</source>
        <translation>Doug 互相抵消</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="211"/>
        <source>The merge adds memory and new votes element by element. On Doug, the kept “not Doug” and the new vote for Doug cancel; Jane and Spot keep their votes. The memory-flow pane shows where each part came from.</source>
        <translation>合併時，記憶與新的投票逐元素相加。在 Doug 上，保留下來的「非 Doug」與投給 Doug 的新票互相抵消；Jane 和 Spot 則保有各自的票。「記憶流向」窗格會顯示每一部分從何而來。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="216"/>
        <source>Jane or Spot, never Doug</source>
        <translation>是 Jane 或 Spot，絕不會是 Doug</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="217"/>
        <source>The selection gate lets the names out: the prediction is Jane or Spot, not Doug. That is how the LSTM avoids “Doug saw Doug.”</source>
        <translation>篩選閘門讓名字通過：預測是 Jane 或 Spot，而不是 Doug。LSTM 就是這樣避免寫出「Doug saw Doug.」。</translation>
    </message>
    <message>
        <location filename="../../lstm_sim/scenarios/lessons/content.py" line="219"/>
        <source>Try to break it: clamp the forgetting gate open, or edit a weight, and watch these checks turn red.</source>
        <translation>試著弄壞它：把遺忘閘門鎖定為全開，或編輯某個權重，看看這些檢查如何變成紅色。</translation>
    </message>
</context>
</TS>
