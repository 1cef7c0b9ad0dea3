<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>duizhao::AboutDialog</name>
    <message>
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
    <message>
        <source>Duizhao 對照 %1</source>
        <translation>Duizhao 對照 %1</translation>
    </message>
    <message>
        <source>A reader for Chinese–English parallel texts.</source>
        <translation>中英平行文字閱讀器。</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Duizhao developers.</source>
        <translation>版權所有 © 2026 對照開發者。</translation>
    </message>
    <message>
        <source>Duizhao is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. Its Chinese–English lexicon is derived from CC-CEDICT and is under CC BY-SA 4.0.</source>
        <translation>對照是自由軟體，依 GNU 通用公共授權條款第 3 版或（由您選擇）任何更新的版本（GPL-3.0-or-later）發布。本軟體「完全不提供任何擔保」。其中英詞庫源自 CC-CEDICT，採用 CC BY-SA 4.0 授權。</translation>
    </message>
    <message>
        <source>the Chinese–English dictionary (MDBG; based on CEDICT by Paul Andrew Denisowski)</source>
        <translation>中英詞典（MDBG；以 Paul Andrew Denisowski 的 CEDICT 為基礎）</translation>
    </message>
    <message>
        <source>Traditional and Simplified Chinese conversion</source>
        <translation>簡繁中文轉換</translation>
    </message>
    <message>
        <source>sentence and word breaking, encoding detection</source>
        <translation>斷句與斷詞、編碼偵測</translation>
    </message>
    <message>
        <source>the user interface toolkit</source>
        <translation>使用者介面工具組</translation>
    </message>
    <message>
        <source>English stemming</source>
        <translation>英文詞幹擷取</translation>
    </message>
    <message>
        <source>Sample article</source>
        <translation>範例文章</translation>
    </message>
    <message>
        <source>A Xinhua News Agency report with its English version, as published.</source>
        <translation>新華社報導及其英文版，依原刊登內容收錄。</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>致謝(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>授權條款(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>duizhao::ConcordancePanel</name>
    <message>
        <source>Concordance</source>
        <translation>詞語索引</translation>
    </message>
    <message>
        <source>Chinese or English word</source>
        <translation>中文或英文詞語</translation>
    </message>
    <message>
        <source>Export TSV…</source>
        <translation>匯出 TSV…</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>第 %1 個句對</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) contain the query</source>
        <translation>
            <numerusform>有 %n 個句對含有查詢的詞語</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>匯出詞語索引</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv)</source>
        <translation>Tab 分隔值 (*.tsv)</translation>
    </message>
</context>
<context>
    <name>duizhao::ContentsPanel</name>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The Chinese book has no such chapter</source>
        <translation>中文書中沒有這一章</translation>
    </message>
    <message>
        <source>The English book has no such chapter</source>
        <translation>英文書中沒有這一章</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺）</translation>
    </message>
</context>
<context>
    <name>duizhao::DictionaryPopup</name>
    <message>
        <source>Add to vocabulary</source>
        <translation>加入生詞本</translation>
    </message>
    <message>
        <source>Measure words: %1</source>
        <translation>量詞：%1</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>原文寫法：%1</translation>
    </message>
    <message>
        <source>No dictionary entry.</source>
        <translation>詞典中沒有此詞條。</translation>
    </message>
</context>
<context>
    <name>duizhao::EditActions</name>
    <message>
        <source>&amp;Align</source>
        <translation>對齊(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Confirm Pair</source>
        <translation>確認句對(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Confirm All &amp;up to Here</source>
        <translation>確認到此為止的所有句對(&amp;U)</translation>
    </message>
    <message>
        <source>Confirm up to Here</source>
        <translation>確認到此</translation>
    </message>
    <message>
        <source>Merge with &amp;Previous Pair</source>
        <translation>與上一個句對合併(&amp;P)</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>向上合併</translation>
    </message>
    <message>
        <source>Merge with &amp;Next Pair</source>
        <translation>與下一個句對合併(&amp;N)</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <translation>向下合併</translation>
    </message>
    <message>
        <source>Move &amp;First Sentence to Previous Pair</source>
        <translation>將第一個句子移至上一個句對(&amp;F)</translation>
    </message>
    <message>
        <source>Move &amp;Last Sentence to Next Pair</source>
        <translation>將最後一個句子移至下一個句對(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Split Pair Before This Sentence</source>
        <translation>在此句之前分割句對(&amp;S)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Mark Sentence &amp;Unmatched</source>
        <translation>將句子標示為沒有對應(&amp;U)</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>取消對應</translation>
    </message>
    <message>
        <source>Lin&amp;k Selected Sentences</source>
        <translation>將選取的句子配對(&amp;K)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>配對</translation>
    </message>
    <message>
        <source>&amp;Re-align Unconfirmed Pairs Around Here</source>
        <translation>重新對齊此處附近未確認的句對(&amp;R)</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>重新對齊</translation>
    </message>
    <message>
        <source>&amp;Edit Sentence Text…</source>
        <translation>編輯句子文字(&amp;E)…</translation>
    </message>
    <message>
        <source>Spli&amp;t Sentence…</source>
        <translation>分割句子(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Join with Next Sentence</source>
        <translation>與下一句合併(&amp;J)</translation>
    </message>
    <message>
        <source>Next Unc&amp;onfirmed Pair</source>
        <translation>下一個未確認的句對(&amp;O)</translation>
    </message>
    <message>
        <source>Next Unconfirmed</source>
        <translation>下一個未確認</translation>
    </message>
    <message>
        <source>Previous Unconfi&amp;rmed Pair</source>
        <translation>上一個未確認的句對(&amp;R)</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>對齊</translation>
    </message>
    <message>
        <source>Show Alignment &amp;Toolbar</source>
        <translation>顯示對齊工具列(&amp;T)</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>編輯記錄</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>編輯記錄(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;開啟時的狀態&gt;</translation>
    </message>
    <message>
        <source>Pairs you confirmed or made by editing</source>
        <translation>您確認過或經編輯產生的句對</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Sentence &amp;Text</source>
        <translation>句子文字(&amp;T)</translation>
    </message>
    <message>
        <source>%1 of %2 pairs confirmed</source>
        <translation>已確認 %1 個句對，共 %2 個</translation>
    </message>
    <message>
        <source>Confirm pair %1</source>
        <translation>確認第 %1 個句對</translation>
    </message>
    <message>
        <source>Confirm pairs up to %1</source>
        <translation>確認到第 %1 個句對為止</translation>
    </message>
    <message>
        <source>Merge pair %1 with the previous</source>
        <translation>將第 %1 個句對與上一個合併</translation>
    </message>
    <message>
        <source>Merge pair %1 with the next</source>
        <translation>將第 %1 個句對與下一個合併</translation>
    </message>
    <message>
        <source>Move a sentence to pair %1</source>
        <translation>將一個句子移至第 %1 個句對</translation>
    </message>
    <message>
        <source>Split pair %1</source>
        <translation>分割第 %1 個句對</translation>
    </message>
    <message>
        <source>Mark a sentence unmatched</source>
        <translation>將一個句子標示為沒有對應</translation>
    </message>
    <message>
        <source>Select Chinese and English sentences to link: drag across them in each pane, then link them.</source>
        <translation>選取要配對的中文與英文句子：在兩個窗格中分別拖曳選取，然後將它們配對。</translation>
    </message>
    <message>
        <source>Link sentences</source>
        <translation>配對句子</translation>
    </message>
    <message>
        <source>Re-aligning pairs %1 to %2… (%3 again stops it)</source>
        <translation>正在重新對齊第 %1 至 %2 個句對…（再按一次 %3 即可停止）</translation>
    </message>
    <message>
        <source>The text changed while re-aligning: nothing was re-aligned.</source>
        <translation>重新對齊期間文字有所變更：未重新對齊任何句對。</translation>
    </message>
    <message>
        <source>Re-align pairs</source>
        <translation>重新對齊句對</translation>
    </message>
    <message>
        <source>Edit Sentence</source>
        <translation>編輯句子</translation>
    </message>
    <message>
        <source>The sentence&apos;s &amp;text:</source>
        <translation>句子內容(&amp;T)：</translation>
    </message>
    <message>
        <source>Edit a sentence</source>
        <translation>編輯句子</translation>
    </message>
    <message>
        <source>Split Sentence</source>
        <translation>分割句子</translation>
    </message>
    <message>
        <source>Put the &amp;cursor where the sentence should split:</source>
        <translation>將游標放在要分割句子的位置(&amp;C)：</translation>
    </message>
    <message>
        <source>Split a sentence</source>
        <translation>分割句子</translation>
    </message>
    <message>
        <source>Join two sentences</source>
        <translation>合併兩個句子</translation>
    </message>
    <message>
        <source>Every pair is confirmed.</source>
        <translation>所有句對都已確認。</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>請先選取一個句對。</translation>
    </message>
    <message>
        <source>There is no such sentence.</source>
        <translation>找不到該句子。</translation>
    </message>
    <message>
        <source>There is no pair on that side to merge with or move to.</source>
        <translation>那一側沒有可合併或可移入的句對。</translation>
    </message>
    <message>
        <source>This side of the pair has no sentence to move.</source>
        <translation>句對的這一側沒有可移動的句子。</translation>
    </message>
    <message>
        <source>Splitting there would leave one part empty.</source>
        <translation>在該處分割會使其中一部分成為空白。</translation>
    </message>
    <message>
        <source>The sentence is unmatched already.</source>
        <translation>此句子已經沒有對應。</translation>
    </message>
    <message>
        <source>Select sentences on both sides to link them.</source>
        <translation>請在兩側都選取句子，才能將它們配對。</translation>
    </message>
    <message>
        <source>Already confirmed.</source>
        <translation>已經確認過了。</translation>
    </message>
    <message>
        <source>Re-aligning works on pairs the aligner made; this one is confirmed or edited.</source>
        <translation>重新對齊只適用於對齊工具產生的句對；這個句對已確認或經過編輯。</translation>
    </message>
    <message>
        <source>Only two sentences of the same paragraph can be joined.</source>
        <translation>只能合併同一段落中的兩個句子。</translation>
    </message>
    <message>
        <source>A sentence cannot be empty.</source>
        <translation>句子不可空白。</translation>
    </message>
    <message>
        <source>A sentence is one line: remove the line break.</source>
        <translation>句子只能有一行：請移除換行。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>沒有需要變更的內容。</translation>
    </message>
    <message>
        <source>This alignment does not cover the text in order, so it cannot be edited.</source>
        <translation>此對齊結果並未依序涵蓋文字，因此無法編輯。</translation>
    </message>
    <message>
        <source>Re-aligning was stopped.</source>
        <translation>已停止重新對齊。</translation>
    </message>
    <message>
        <source>The aligner could not align these pairs.</source>
        <translation>對齊工具無法對齊這些句對。</translation>
    </message>
</context>
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
        <source>%1 is empty: there is no text to read.</source>
        <translation>%1 是空的：沒有可閱讀的文字。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as UTF-8, GB18030 or Big5.</source>
        <translation>%1 不是有效的 UTF-8：位移 %2 處的位元組格式錯誤。請重新以 UTF-8、GB18030 或 Big5 編碼儲存。</translation>
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
    <message>
        <source>%1 could not be written: its folder does not exist.</source>
        <translation>無法寫入 %1：所在的資料夾不存在。</translation>
    </message>
    <message>
        <source>%1 could not be written: permission denied.</source>
        <translation>無法寫入 %1：權限不足。</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk or folder is read-only.</source>
        <translation>無法寫入 %1：磁碟或資料夾為唯讀。</translation>
    </message>
    <message>
        <source>%1 could not be written: it is a folder.</source>
        <translation>無法寫入 %1：它是資料夾。</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full. Any old file of that name is unchanged.</source>
        <translation>無法寫入 %1：磁碟已滿。原有的同名檔案維持不變。</translation>
    </message>
    <message>
        <source>%1 could not be written: the name is too long.</source>
        <translation>無法寫入 %1：檔名太長。</translation>
    </message>
    <message>
        <source>%1 could not be written: it is a special file (a socket, a block device, or a pipe that nobody reads), which Duizhao does not replace.</source>
        <translation>無法寫入 %1：它是特殊檔案（通訊端、區塊裝置，或沒有程式讀取的管道），對照不會取代這類檔案。</translation>
    </message>
    <message>
        <source>%1 could not be written: the text of pair %2 could not be laid out on the page.</source>
        <translation>無法寫入 %1：第 %2 個句對的文字無法排入頁面。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a text document: it has %2 bytes, and Duizhao opens files of up to %3 bytes (%4 MiB).</source>
        <translation>%1 太大，不像是文字文件：它有 %2 個位元組，而對照只能開啟不超過 %3 個位元組（%4 MiB）的檔案。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data at byte %2). If it is text, it may be UTF-16 without a byte order mark: save it again as UTF-8.</source>
        <translation>%1 不是文字檔（在第 %2 個位元組處含有二進位資料）。若它確實是文字，可能是沒有位元組順序標記的 UTF-16：請重新以 UTF-8 編碼儲存。</translation>
    </message>
    <message>
        <source>%1 is UTF-16 but is damaged at byte %2: half of a character is missing (an unpaired surrogate, or an odd last byte). Save it again as UTF-8 or UTF-16.</source>
        <translation>%1 是 UTF-16 編碼，但在第 %2 個位元組處損毀：缺少半個字元（未配對的代理字元，或結尾多出單獨一個位元組）。請重新以 UTF-8 或 UTF-16 編碼儲存。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16, GB18030 and Big5.</source>
        <translation>無法辨識 %1 的編碼。對照可讀取 UTF-8、UTF-16、GB18030 及 Big5。</translation>
    </message>
    <message>
        <source>%1 is a %2 file, which Duizhao cannot read. Save it as EPUB, DOCX, ODT, HTML, PDF or plain text and open that.</source>
        <translation>%1 是 %2 檔案，對照無法讀取。請將它另存為 EPUB、DOCX、ODT、HTML、PDF 或純文字檔，再開啟該檔案。</translation>
    </message>
    <message>
        <source>%1 is protected (%2 with DRM or a password): its text cannot be read.</source>
        <translation>%1 受到保護（有 DRM 或密碼的 %2）：無法讀取其中的文字。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 file, or is damaged.</source>
        <translation>%1 不是有效的 %2 檔案，或已損毀。</translation>
    </message>
    <message>
        <source>%1 was refused: it expands, nests or grows beyond safe limits (%2). It may be damaged or built to exhaust memory.</source>
        <translation>已拒絕開啟 %1：它解壓縮後的大小、巢狀層數或增長幅度超出安全限制（%2）。檔案可能已損毀，或是刻意製作來耗盡記憶體。</translation>
    </message>
    <message>
        <source>%1 holds scanned page images but no text. Run it through OCR first (e.g. ocrmypdf) and open the result.</source>
        <translation>%1 只含掃描的頁面影像，沒有文字。請先進行 OCR 文字辨識（例如 ocrmypdf），再開啟辨識結果。</translation>
    </message>
    <message>
        <source>Parts of the file look like another encoding (it may mix UTF-8, GB18030 and Big5): some characters may be shown wrongly.</source>
        <translation>檔案的部分內容看似另一種編碼（可能混用了 UTF-8、GB18030 與 Big5）：部分字元可能顯示錯誤。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Duizhao (project format %2). Update Duizhao to open it; the file is left as it is.</source>
        <translation>%1 是由較新版本的對照所儲存（專案格式 %2）。請更新對照後再開啟；此檔案維持原狀。</translation>
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
    <message>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
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
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
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
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>%1 pairs, %2 without a counterpart</source>
        <translation>%1 個句對，%2 個沒有對應</translation>
    </message>
    <message>
        <source>Pair %1 of %2 · %3%</source>
        <translation>第 %1 個句對，共 %2 個 · %3%</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Pair</source>
        <translation>複製句對(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Doubtful Pair</source>
        <translation>上一個存疑句對(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Pair…</source>
        <translation>前往句對(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to pair</source>
        <translation>前往句對</translation>
    </message>
    <message>
        <source>Pair (1–%1):</source>
        <translation>句對（1–%1）：</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切換書籤(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目錄(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hide All Translations</source>
        <translation>隱藏所有譯文(&amp;H)</translation>
    </message>
    <message>
        <source>Chi&amp;nese Font…</source>
        <translation>中文字型(&amp;N)…</translation>
    </message>
    <message>
        <source>Chinese font for this script</source>
        <translation>目前簡繁設定的中文字型</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>關於對照(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy C&amp;hinese</source>
        <translation>複製中文(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;English</source>
        <translation>複製英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Pair</source>
        <translation>將此句對加入書籤(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hide Translation Again</source>
        <translation>再次隱藏譯文(&amp;H)</translation>
    </message>
    <message>
        <source>Hide &amp;All Translations</source>
        <translation>隱藏所有譯文(&amp;A)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Texts and books Duizhao reads (%1)</source>
        <translation>對照可讀取的文字與書籍 (%1)</translation>
    </message>
    <message>
        <source>Pair %1 bookmarked</source>
        <translation>已將第 %1 個句對加入書籤</translation>
    </message>
    <message>
        <source>Bookmark on pair %1 removed</source>
        <translation>已移除第 %1 個句對的書籤</translation>
    </message>
    <message>
        <source>Traditional (Open&amp;CC Standard)</source>
        <translation>繁體（OpenCC 標準）(&amp;C)</translation>
    </message>
    <message>
        <source>繁</source>
        <translation>繁</translation>
    </message>
    <message>
        <source> · %1–%2</source>
        <translation> · %1–%2</translation>
    </message>
    <message>
        <source>Aligning: %1 pairs so far</source>
        <translation>正在對齊：已對齊 %1 對</translation>
    </message>
    <message>
        <source>Still aligning: this sentence&apos;s pair is not known yet (%1% done).</source>
        <translation>仍在對齊：這句話的對應句尚未確定（已完成 %1%）。</translation>
    </message>
    <message>
        <source>Aligning: pairs can be clicked as soon as they are aligned.</source>
        <translation>正在對齊：句對一經對齊即可點選。</translation>
    </message>
</context>
<context>
    <name>duizhao::PairListPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>第 %1 個句對</translation>
    </message>
</context>
<context>
    <name>duizhao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>佈景主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>閱讀</translation>
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
        <source>Chinese &amp;script:</source>
        <translation>簡繁轉換(&amp;S)：</translation>
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
        <source>Learner (hide translations)</source>
        <translation>學習模式（隱藏譯文）</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>版面配置(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;ynchronized scrolling</source>
        <translation>同步捲動(&amp;Y)</translation>
    </message>
    <message>
        <source>Pairs the aligner is less sure of are underlined in orange.</source>
        <translation>對齊工具較沒有把握的句對會以橘色底線標示。</translation>
    </message>
    <message>
        <source>&amp;Doubtful below:</source>
        <translation>低於此值即為存疑(&amp;D)：</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>字型大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Chinese, Simplified:</source>
        <translation>簡體中文：</translation>
    </message>
    <message>
        <source>Chinese, Traditional (Taiwan):</source>
        <translation>繁體中文（台灣）：</translation>
    </message>
    <message>
        <source>Chinese, Traditional (Hong Kong):</source>
        <translation>繁體中文（香港）：</translation>
    </message>
    <message>
        <source>On hover</source>
        <translation>滑鼠停留時</translation>
    </message>
    <message>
        <source>On Ctrl+click</source>
        <translation>Ctrl+點選時</translation>
    </message>
    <message>
        <source>On Alt+click</source>
        <translation>Alt+點選時</translation>
    </message>
    <message>
        <source>On Shift+click</source>
        <translation>Shift+點選時</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dictionary &amp;pop-up:</source>
        <translation>快顯詞典(&amp;P)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Zhuyin (bopomofo)</source>
        <translation>注音符號</translation>
    </message>
    <message>
        <source>&amp;Above the Chinese:</source>
        <translation>在中文上方標注(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>duizhao::ProjectActions</name>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>對照專案 (*.duizhao)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>開啟專案(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>儲存專案(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>專案另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 有尚未儲存的變更。要在關閉前儲存嗎？</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>要還原未儲存的變更嗎？</translation>
    </message>
    <message>
        <source>Duizhao did not close normally, and changes to %1 were not saved. Restore them?</source>
        <translation>對照上次未正常關閉，%1 的變更沒有儲存。要還原這些變更嗎？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>無法還原</translation>
    </message>
</context>
<context>
    <name>duizhao::ReadingAids</name>
    <message>
        <source>“%1” added to the vocabulary list</source>
        <translation>已將「%1」加入生詞本</translation>
    </message>
    <message>
        <source>“%1” is already in the vocabulary list</source>
        <translation>「%1」已在生詞本中</translation>
    </message>
    <message>
        <source>Select a pair to read it aloud.</source>
        <translation>請選取要朗讀的句對。</translation>
    </message>
    <message>
        <source>&amp;Look Up in the Dictionary</source>
        <translation>查詢詞典(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Read the Pair Aloud</source>
        <translation>朗讀此句對(&amp;R)</translation>
    </message>
    <message>
        <source>Convert &amp;Phrases (Taiwan and Mainland Words)</source>
        <translation>轉換詞語（台灣與大陸用詞）(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (OpenCC %2)</source>
        <translation>%1（OpenCC %2）</translation>
    </message>
    <message>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>無(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above the Chinese</source>
        <translation>在中文上方標注拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zhuyin (Bopomofo) Above the Chinese</source>
        <translation>在中文上方標注注音符號(&amp;Z)</translation>
    </message>
    <message>
        <source>No Tone &amp;Colours</source>
        <translation>不以顏色標示聲調(&amp;C)</translation>
    </message>
    <message>
        <source>Tone Colours: &amp;Red, Green, Blue, Purple</source>
        <translation>聲調顏色：紅、綠、藍、紫(&amp;R)</translation>
    </message>
    <message>
        <source>Tone Colours: R&amp;ed, Orange, Green, Blue</source>
        <translation>聲調顏色：紅、橘、綠、藍(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dictionary Pop-up</source>
        <translation>快顯詞典(&amp;D)</translation>
    </message>
    <message>
        <source>On &amp;Hover</source>
        <translation>滑鼠停留時(&amp;H)</translation>
    </message>
    <message>
        <source>On &amp;Ctrl+Click</source>
        <translation>Ctrl+點選時(&amp;C)</translation>
    </message>
    <message>
        <source>On &amp;Alt+Click</source>
        <translation>Alt+點選時(&amp;A)</translation>
    </message>
    <message>
        <source>On &amp;Shift+Click</source>
        <translation>Shift+點選時(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>關閉(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>詞語索引(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary List</source>
        <translation>生詞本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>朗讀(&amp;R)</translation>
    </message>
    <message>
        <source>Read the &amp;Pair</source>
        <translation>朗讀句對(&amp;P)</translation>
    </message>
    <message>
        <source>Read the &amp;Chinese</source>
        <translation>朗讀中文(&amp;C)</translation>
    </message>
    <message>
        <source>Read the &amp;English</source>
        <translation>朗讀英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止朗讀(&amp;S)</translation>
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
    <message>
        <source>Confirmed pair</source>
        <translation>已確認的句對</translation>
    </message>
    <message>
        <source>Pair corrected by hand</source>
        <translation>手動修正的句對</translation>
    </message>
</context>
<context>
    <name>duizhao::ShortcutsDialog</name>
    <message>
        <source>Click a sentence</source>
        <translation>點選句子</translation>
    </message>
    <message>
        <source>Highlight it and its translation</source>
        <translation>醒目提示該句及其譯文</translation>
    </message>
    <message>
        <source>↑ / ↓ or K / J</source>
        <translation>↑ / ↓ 或 K / J</translation>
    </message>
    <message>
        <source>Previous / next pair</source>
        <translation>上一個 / 下一個句對</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last pair</source>
        <translation>第一個 / 最後一個句對</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>The other pane</source>
        <translation>切換到另一個窗格</translation>
    </message>
    <message>
        <source>Right click</source>
        <translation>按右鍵</translation>
    </message>
    <message>
        <source>Copy the pair, bookmark it</source>
        <translation>複製句對、加入書籤</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>duizhao::SpeechReader</name>
    <message>
        <source>Reading aloud needs a speech engine; none is installed (for example the speech-dispatcher or flite plugin of Qt TextToSpeech).</source>
        <translation>朗讀需要語音引擎，但目前未安裝任何語音引擎（例如 Qt TextToSpeech 的 speech-dispatcher 或 flite 外掛程式）。</translation>
    </message>
    <message>
        <source>The speech engine has no Chinese voice installed.</source>
        <translation>語音引擎未安裝中文語音。</translation>
    </message>
    <message>
        <source>The speech engine has no English voice installed.</source>
        <translation>語音引擎未安裝英文語音。</translation>
    </message>
    <message>
        <source>The speech engine reported an error.</source>
        <translation>語音引擎回報了錯誤。</translation>
    </message>
    <message>
        <source>This build of Duizhao cannot read aloud (it was built without Qt TextToSpeech).</source>
        <translation>此版本的對照無法朗讀（建置時未包含 Qt TextToSpeech）。</translation>
    </message>
</context>
<context>
    <name>duizhao::VocabularyPanel</name>
    <message>
        <source>Vocabulary</source>
        <translation>生詞本</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>詞語</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>釋義</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>例句</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export for Anki…</source>
        <translation>匯出至 Anki…</translation>
    </message>
    <message>
        <source>Export Vocabulary</source>
        <translation>匯出生詞本</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv)</source>
        <translation>Tab 分隔值 (*.tsv)</translation>
    </message>
</context>
</TS>
