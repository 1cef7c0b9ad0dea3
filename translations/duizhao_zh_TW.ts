<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>duizhao::ErrorText</name>
    <message>
        <source>the text</source>
        <translation>該文字</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read (is it a folder, or not readable by you?).</source>
        <translation>無法讀取 %1（它是資料夾，或是您沒有讀取權限？）。</translation>
    </message>
    <message>
        <source>%1 is too large to be a text document (%2 MB).</source>
        <translation>%1 太大，不像是文字文件（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to read.</source>
        <translation>%1 是空的：沒有可閱讀的文字。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data at byte %2).</source>
        <translation>%1 不是文字檔（在第 %2 個位元組處含有二進位資料）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as UTF-8, GB18030 or Big5.</source>
        <translation>%1 不是有效的 UTF-8：位移 %2 處的位元組格式錯誤。請重新以 UTF-8、GB18030 或 Big5 編碼儲存。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16 (with a byte order mark), GB18030 and Big5.</source>
        <translation>無法辨識 %1 的編碼。對照可讀取 UTF-8、UTF-16（須有位元組順序標記）、GB18030 及 Big5。</translation>
    </message>
    <message>
        <source>%1 holds neither Chinese nor English text.</source>
        <translation>%1 既不含中文，也不含英文文字。</translation>
    </message>
    <message>
        <source>The two files must be one Chinese and one English text, but %1 is in the same language as the other file.</source>
        <translation>兩個檔案必須一個是中文、一個是英文，但 %1 與另一個檔案的語言相同。</translation>
    </message>
    <message>
        <source>Invalid argument: %1.</source>
        <translation>無效的參數：%1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Chinese script conversion is not available (OpenCC: %1).</source>
        <translation>無法使用簡繁轉換（OpenCC：%1）。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; needed for PDF export is not installed (Debian: fonts-arphic-uming, fonts-dejavu-core).</source>
        <translation>未安裝匯出 PDF 所需的字型「%1」（Debian：fonts-arphic-uming、fonts-dejavu-core）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知的錯誤。</translation>
    </message>
    <message>
        <source>No Chinese text was found; the document shows its English side only.</source>
        <translation>找不到中文文字；本文件只顯示英文部分。</translation>
    </message>
    <message>
        <source>No English text was found; the document shows its Chinese side only.</source>
        <translation>找不到英文文字；本文件只顯示中文部分。</translation>
    </message>
    <message>
        <source>Some text lies outside the Chinese and English blocks; it is kept and shown as having no counterpart.</source>
        <translation>部分文字位於中文與英文區塊之外；這些文字會保留，並標示為沒有對應譯文。</translation>
    </message>
</context>
<context>
    <name>duizhao::ExportDialog</name>
    <message>
        <source>PDF (side by side or interleaved, for print)</source>
        <translation>PDF（左右並排或上下交錯，供列印用）</translation>
    </message>
    <message>
        <source>TMX 1.4 translation memory</source>
        <translation>TMX 1.4 翻譯記憶</translation>
    </message>
    <message>
        <source>TSV: Chinese, English, confidence</source>
        <translation>TSV：中文、英文、信心度</translation>
    </message>
    <message>
        <source>Anki cards (TSV, front and back)</source>
        <translation>Anki 卡片（TSV，正面與背面）</translation>
    </message>
    <message>
        <source>Moses line-aligned files (.zh + .en)</source>
        <translation>Moses 逐行對齊檔案（.zh + .en）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTML page (two columns, click to highlight)</source>
        <translation>HTML 網頁（雙欄，點選即可醒目提示）</translation>
    </message>
    <message>
        <source>As in the text</source>
        <translation>依原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>簡繁轉換(&amp;S)：</translation>
    </message>
    <message>
        <source>Include sentences with no counterpart</source>
        <translation>包含沒有對應譯文的句子</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右並排</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>上下交錯</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版面配置(&amp;L)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 公釐</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>邊界(&amp;M)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>字型大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Pair numbers</source>
        <translation>句對編號</translation>
    </message>
    <message>
        <source>Mark low-confidence pairs</source>
        <translation>標示低信心度的句對</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出至</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
</context>
<context>
    <name>duizhao::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>Find in both panes</source>
        <translation>在兩個窗格中尋找</translation>
    </message>
    <message>
        <source>Chinese (either script) or English</source>
        <translation>中文（簡繁皆可）或英文</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一個符合項目</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一個符合項目</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有符合項目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 項，共 %2 項</translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
    <message>
        <source>Bilingual texts (*.txt *.text);;Translation memories (*.tmx);;Duizhao projects (*.duizhao);;All files (*)</source>
        <translation>雙語文字 (*.txt *.text);;翻譯記憶 (*.tmx);;對照專案 (*.duizhao);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Duizhao</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文件資訊</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文字</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文字</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>開啟進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bilingual text</source>
        <translation>開啟雙語文字</translation>
    </message>
    <message>
        <source>Open &amp;Pair…</source>
        <translation>開啟中英兩個檔案(&amp;P)…</translation>
    </message>
    <message>
        <source>Open the first file (Chinese or English)</source>
        <translation>開啟第一個檔案（中文或英文）</translation>
    </message>
    <message>
        <source>Open its translation</source>
        <translation>開啟其譯文</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>開啟範例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>瀏覽(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Pair</source>
        <translation>上一個句對(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Pair</source>
        <translation>下一個句對(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;First Pair</source>
        <translation>第一個句對(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Pair</source>
        <translation>最後一個句對(&amp;L)</translation>
    </message>
    <message>
        <source>Next &amp;Doubtful Pair</source>
        <translation>下一個存疑句對(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Switch Pane</source>
        <translation>切換窗格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>閱讀器</translation>
    </message>
    <message>
        <source>Reader tools</source>
        <translation>閱讀工具</translation>
    </message>
    <message>
        <source>Chinese &amp;Script</source>
        <translation>簡繁轉換(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Simplified</source>
        <translation>簡體(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Taiwan)</source>
        <translation>繁體（台灣）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Hong Kong)</source>
        <translation>繁體（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>原</source>
        <translation>原</translation>
    </message>
    <message>
        <source>简</source>
        <translation>簡</translation>
    </message>
    <message>
        <source>繁 台</source>
        <translation>繁 台</translation>
    </message>
    <message>
        <source>繁 港</source>
        <translation>繁 港</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>版面配置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>左右並排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Interleaved</source>
        <translation>上下交錯(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Learner (Hide Translations)</source>
        <translation>學習模式（隱藏譯文）(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>對調窗格(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>同步捲動(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重設縮放(&amp;R)</translation>
    </message>
    <message>
        <source>English &amp;Font…</source>
        <translation>英文字型(&amp;F)…</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>閱讀字型</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>開啟範例文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Click a sentence, or use ↑/↓ or K/J, to highlight it and its translation.
Home/End: first and last pair. Tab: the other pane. Ctrl+F: find.
Ctrl+= / Ctrl+-: zoom. F8: next doubtful pair.</source>
        <translation>點選句子，或按 ↑/↓ 或 K/J，即可醒目提示該句及其譯文。
Home/End：第一個與最後一個句對。Tab：切換到另一個窗格。Ctrl+F：尋找。
Ctrl+= / Ctrl+-：縮放。F8：下一個存疑句對。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Opening cancelled; the previous document stays open.</source>
        <translation>已取消開啟；先前的文件仍保持開啟。</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>發布於 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>編輯：%1</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — 對照</translation>
    </message>
    <message>
        <source>Chinese and English text, interleaved</source>
        <translation>中英文字，上下交錯</translation>
    </message>
    <message>
        <source>Converting the Chinese text…</source>
        <translation>正在轉換中文文字…</translation>
    </message>
    <message>
        <source>No doubtful pairs: the aligner is sure of every pair.</source>
        <translation>沒有存疑的句對：對齊工具對每個句對都有把握。</translation>
    </message>
    <message>
        <source>%1 pairs · unmatched: %2 Chinese, %3 English</source>
        <translation>%1 個句對 · 未對應：中文 %2 句，英文 %3 句</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>第 %1 個句對，共 %2 個</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>duizhao::SentencePane</name>
    <message>
        <source>Click to show the translation</source>
        <translation>點選以顯示譯文</translation>
    </message>
    <message>
        <source>No counterpart: this sentence has no English translation</source>
        <translation>沒有對應：此句沒有英文譯文</translation>
    </message>
    <message>
        <source>No counterpart: this sentence has no Chinese original</source>
        <translation>沒有對應：此句沒有中文原文</translation>
    </message>
    <message>
        <source>Doubtful pair: the alignment is %1% sure</source>
        <translation>存疑句對：對齊的可信度為 %1%</translation>
    </message>
</context>
</TS>
