<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>duizhao::AboutDialog</name>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Duizhao 對照 %1</source>
        <translation>Duizhao 对照 %1</translation>
    </message>
    <message>
        <source>A reader for Chinese–English parallel texts.</source>
        <translation>中英平行文本阅读器。</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Duizhao developers.</source>
        <translation>版权所有 © 2026 对照开发者。</translation>
    </message>
    <message>
        <source>Duizhao is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. Its Chinese–English lexicon is derived from CC-CEDICT and is under CC BY-SA 4.0.</source>
        <translation>对照是自由软件，依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新的版本（GPL-3.0-or-later）发布。本软件“完全不提供任何担保”。其中英词库源自 CC-CEDICT，采用 CC BY-SA 4.0 许可。</translation>
    </message>
    <message>
        <source>the Chinese–English dictionary (MDBG; based on CEDICT by Paul Andrew Denisowski)</source>
        <translation>中英词典（MDBG；基于 Paul Andrew Denisowski 的 CEDICT）</translation>
    </message>
    <message>
        <source>Traditional and Simplified Chinese conversion</source>
        <translation>简繁中文转换</translation>
    </message>
    <message>
        <source>sentence and word breaking, encoding detection</source>
        <translation>断句与分词、编码检测</translation>
    </message>
    <message>
        <source>the user interface toolkit</source>
        <translation>用户界面工具包</translation>
    </message>
    <message>
        <source>English stemming</source>
        <translation>英文词干提取</translation>
    </message>
    <message>
        <source>Sample article</source>
        <translation>示例文章</translation>
    </message>
    <message>
        <source>A Xinhua News Agency report with its English version, as published.</source>
        <translation>新华社报道及其英文版，按原发布内容收录。</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>致谢(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>duizhao::ConcordancePanel</name>
    <message>
        <source>Concordance</source>
        <translation>词语索引</translation>
    </message>
    <message>
        <source>Chinese or English word</source>
        <translation>中文或英文词语</translation>
    </message>
    <message>
        <source>Export TSV…</source>
        <translation>导出 TSV…</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>第 %1 个句对</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) contain the query</source>
        <translation>
            <numerusform>有 %n 个句对包含查询的词语</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>导出词语索引</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv)</source>
        <translation>制表符分隔值 (*.tsv)</translation>
    </message>
</context>
<context>
    <name>duizhao::ContentsPanel</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
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
        <translation>中文书中没有这一章</translation>
    </message>
    <message>
        <source>The English book has no such chapter</source>
        <translation>英文书中没有这一章</translation>
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
        <translation>加入生词本</translation>
    </message>
    <message>
        <source>Measure words: %1</source>
        <translation>量词：%1</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>原文写法：%1</translation>
    </message>
    <message>
        <source>No dictionary entry.</source>
        <translation>词典中没有此词条。</translation>
    </message>
</context>
<context>
    <name>duizhao::EditActions</name>
    <message>
        <source>&amp;Align</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Confirm Pair</source>
        <translation>确认句对(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm All &amp;up to Here</source>
        <translation>确认到此为止的所有句对(&amp;U)</translation>
    </message>
    <message>
        <source>Confirm up to Here</source>
        <translation>确认到此</translation>
    </message>
    <message>
        <source>Merge with &amp;Previous Pair</source>
        <translation>与上一个句对合并(&amp;P)</translation>
    </message>
    <message>
        <source>Merge Up</source>
        <translation>向上合并</translation>
    </message>
    <message>
        <source>Merge with &amp;Next Pair</source>
        <translation>与下一个句对合并(&amp;N)</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <translation>向下合并</translation>
    </message>
    <message>
        <source>Move &amp;First Sentence to Previous Pair</source>
        <translation>将第一个句子移到上一个句对(&amp;F)</translation>
    </message>
    <message>
        <source>Move &amp;Last Sentence to Next Pair</source>
        <translation>将最后一个句子移到下一个句对(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Split Pair Before This Sentence</source>
        <translation>在此句之前拆分句对(&amp;S)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Mark Sentence &amp;Unmatched</source>
        <translation>将句子标记为没有对应(&amp;U)</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>取消对应</translation>
    </message>
    <message>
        <source>Lin&amp;k Selected Sentences</source>
        <translation>将选中的句子配对(&amp;K)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>&amp;Re-align Unconfirmed Pairs Around Here</source>
        <translation>重新对齐此处附近未确认的句对(&amp;R)</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <source>&amp;Edit Sentence Text…</source>
        <translation>编辑句子文本(&amp;E)…</translation>
    </message>
    <message>
        <source>Spli&amp;t Sentence…</source>
        <translation>拆分句子(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Join with Next Sentence</source>
        <translation>与下一句合并(&amp;J)</translation>
    </message>
    <message>
        <source>Next Unc&amp;onfirmed Pair</source>
        <translation>下一个未确认的句对(&amp;O)</translation>
    </message>
    <message>
        <source>Next Unconfirmed</source>
        <translation>下一个未确认</translation>
    </message>
    <message>
        <source>Previous Unconfi&amp;rmed Pair</source>
        <translation>上一个未确认的句对(&amp;R)</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Show Alignment &amp;Toolbar</source>
        <translation>显示对齐工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>编辑历史记录</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>编辑历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;打开时的状态&gt;</translation>
    </message>
    <message>
        <source>Pairs you confirmed or made by editing</source>
        <translation>您确认过或通过编辑生成的句对</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
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
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Sentence &amp;Text</source>
        <translation>句子文本(&amp;T)</translation>
    </message>
    <message>
        <source>%1 of %2 pairs confirmed</source>
        <translation>已确认 %1 个句对，共 %2 个</translation>
    </message>
    <message>
        <source>Confirm pair %1</source>
        <translation>确认第 %1 个句对</translation>
    </message>
    <message>
        <source>Confirm pairs up to %1</source>
        <translation>确认到第 %1 个句对为止</translation>
    </message>
    <message>
        <source>Merge pair %1 with the previous</source>
        <translation>将第 %1 个句对与上一个合并</translation>
    </message>
    <message>
        <source>Merge pair %1 with the next</source>
        <translation>将第 %1 个句对与下一个合并</translation>
    </message>
    <message>
        <source>Move a sentence to pair %1</source>
        <translation>将一个句子移到第 %1 个句对</translation>
    </message>
    <message>
        <source>Split pair %1</source>
        <translation>拆分第 %1 个句对</translation>
    </message>
    <message>
        <source>Mark a sentence unmatched</source>
        <translation>将一个句子标记为没有对应</translation>
    </message>
    <message>
        <source>Select Chinese and English sentences to link: drag across them in each pane, then link them.</source>
        <translation>选择要配对的中文和英文句子：在两个窗格中分别拖动选择，然后将它们配对。</translation>
    </message>
    <message>
        <source>Link sentences</source>
        <translation>配对句子</translation>
    </message>
    <message>
        <source>Re-aligning pairs %1 to %2… (%3 again stops it)</source>
        <translation>正在重新对齐第 %1 至 %2 个句对…（再按一次 %3 即可停止）</translation>
    </message>
    <message>
        <source>The text changed while re-aligning: nothing was re-aligned.</source>
        <translation>重新对齐期间文本发生了更改：未重新对齐任何句对。</translation>
    </message>
    <message>
        <source>Re-align pairs</source>
        <translation>重新对齐句对</translation>
    </message>
    <message>
        <source>Edit Sentence</source>
        <translation>编辑句子</translation>
    </message>
    <message>
        <source>The sentence&apos;s &amp;text:</source>
        <translation>句子内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Edit a sentence</source>
        <translation>编辑句子</translation>
    </message>
    <message>
        <source>Split Sentence</source>
        <translation>拆分句子</translation>
    </message>
    <message>
        <source>Put the &amp;cursor where the sentence should split:</source>
        <translation>将光标放在要拆分句子的位置(&amp;C)：</translation>
    </message>
    <message>
        <source>Split a sentence</source>
        <translation>拆分句子</translation>
    </message>
    <message>
        <source>Join two sentences</source>
        <translation>合并两个句子</translation>
    </message>
    <message>
        <source>Every pair is confirmed.</source>
        <translation>所有句对均已确认。</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>请先选择一个句对。</translation>
    </message>
    <message>
        <source>There is no such sentence.</source>
        <translation>找不到该句子。</translation>
    </message>
    <message>
        <source>There is no pair on that side to merge with or move to.</source>
        <translation>那一侧没有可合并或可移入的句对。</translation>
    </message>
    <message>
        <source>This side of the pair has no sentence to move.</source>
        <translation>句对的这一侧没有可移动的句子。</translation>
    </message>
    <message>
        <source>Splitting there would leave one part empty.</source>
        <translation>在该处拆分会使其中一部分为空。</translation>
    </message>
    <message>
        <source>The sentence is unmatched already.</source>
        <translation>该句子已经没有对应。</translation>
    </message>
    <message>
        <source>Select sentences on both sides to link them.</source>
        <translation>请在两侧都选择句子，才能将它们配对。</translation>
    </message>
    <message>
        <source>Already confirmed.</source>
        <translation>已经确认过了。</translation>
    </message>
    <message>
        <source>Re-aligning works on pairs the aligner made; this one is confirmed or edited.</source>
        <translation>重新对齐仅适用于对齐工具生成的句对；此句对已确认或经过编辑。</translation>
    </message>
    <message>
        <source>Only two sentences of the same paragraph can be joined.</source>
        <translation>只能合并同一段落中的两个句子。</translation>
    </message>
    <message>
        <source>A sentence cannot be empty.</source>
        <translation>句子不能为空。</translation>
    </message>
    <message>
        <source>A sentence is one line: remove the line break.</source>
        <translation>句子只能占一行：请删除换行符。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <source>This alignment does not cover the text in order, so it cannot be edited.</source>
        <translation>此对齐结果未按顺序覆盖文本，因此无法编辑。</translation>
    </message>
    <message>
        <source>Re-aligning was stopped.</source>
        <translation>已停止重新对齐。</translation>
    </message>
    <message>
        <source>The aligner could not align these pairs.</source>
        <translation>对齐工具无法对齐这些句对。</translation>
    </message>
</context>
<context>
    <name>duizhao::ErrorText</name>
    <message>
        <source>the text</source>
        <translation>该文本</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read (is it a folder, or not readable by you?).</source>
        <translation>无法读取 %1（它是文件夹，或者您没有读取权限？）。</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to read.</source>
        <translation>%1 是空的：没有可阅读的文本。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as UTF-8, GB18030 or Big5.</source>
        <translation>%1 不是有效的 UTF-8：偏移量 %2 处的字节格式错误。请重新以 UTF-8、GB18030 或 Big5 编码保存。</translation>
    </message>
    <message>
        <source>%1 holds neither Chinese nor English text.</source>
        <translation>%1 既不含中文，也不含英文文本。</translation>
    </message>
    <message>
        <source>The two files must be one Chinese and one English text, but %1 is in the same language as the other file.</source>
        <translation>两个文件必须一个是中文、一个是英文，但 %1 与另一个文件的语言相同。</translation>
    </message>
    <message>
        <source>Invalid argument: %1.</source>
        <translation>无效的参数：%1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Chinese script conversion is not available (OpenCC: %1).</source>
        <translation>无法使用简繁转换（OpenCC：%1）。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; needed for PDF export is not installed (Debian: fonts-arphic-uming, fonts-dejavu-core).</source>
        <translation>未安装导出 PDF 所需的字体“%1”（Debian：fonts-arphic-uming、fonts-dejavu-core）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <source>No Chinese text was found; the document shows its English side only.</source>
        <translation>未找到中文文本；本文档仅显示英文部分。</translation>
    </message>
    <message>
        <source>No English text was found; the document shows its Chinese side only.</source>
        <translation>未找到英文文本；本文档仅显示中文部分。</translation>
    </message>
    <message>
        <source>Some text lies outside the Chinese and English blocks; it is kept and shown as having no counterpart.</source>
        <translation>部分文本位于中文和英文区块之外；这些文本会保留，并标示为没有对应译文。</translation>
    </message>
    <message>
        <source>%1 could not be written: its folder does not exist.</source>
        <translation>无法写入 %1：所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 could not be written: permission denied.</source>
        <translation>无法写入 %1：权限不足。</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk or folder is read-only.</source>
        <translation>无法写入 %1：磁盘或文件夹为只读。</translation>
    </message>
    <message>
        <source>%1 could not be written: it is a folder.</source>
        <translation>无法写入 %1：它是文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full. Any old file of that name is unchanged.</source>
        <translation>无法写入 %1：磁盘已满。原有的同名文件保持不变。</translation>
    </message>
    <message>
        <source>%1 could not be written: the name is too long.</source>
        <translation>无法写入 %1：文件名过长。</translation>
    </message>
    <message>
        <source>%1 could not be written: it is a special file (a socket, a block device, or a pipe that nobody reads), which Duizhao does not replace.</source>
        <translation>无法写入 %1：它是特殊文件（套接字、块设备，或无人读取的管道），对照不会替换此类文件。</translation>
    </message>
    <message>
        <source>%1 could not be written: the text of pair %2 could not be laid out on the page.</source>
        <translation>无法写入 %1：第 %2 个句对的文本无法排入页面。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a text document: it has %2 bytes, and Duizhao opens files of up to %3 bytes (%4 MiB).</source>
        <translation>%1 太大，不像是文本文档：它有 %2 个字节，而对照只能打开不超过 %3 个字节（%4 MiB）的文件。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data at byte %2). If it is text, it may be UTF-16 without a byte order mark: save it again as UTF-8.</source>
        <translation>%1 不是文本文件（在第 %2 个字节处含有二进制数据）。如果它确实是文本，可能是没有字节顺序标记的 UTF-16：请重新以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <source>%1 is UTF-16 but is damaged at byte %2: half of a character is missing (an unpaired surrogate, or an odd last byte). Save it again as UTF-8 or UTF-16.</source>
        <translation>%1 是 UTF-16 编码，但在第 %2 个字节处损坏：缺少半个字符（未配对的代理项，或末尾多出单独一个字节）。请重新以 UTF-8 或 UTF-16 编码保存。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16, GB18030 and Big5.</source>
        <translation>无法识别 %1 的编码。对照可读取 UTF-8、UTF-16、GB18030 和 Big5。</translation>
    </message>
    <message>
        <source>%1 is a %2 file, which Duizhao cannot read. Save it as EPUB, DOCX, ODT, HTML, PDF or plain text and open that.</source>
        <translation>%1 是 %2 文件，对照无法读取。请将其另存为 EPUB、DOCX、ODT、HTML、PDF 或纯文本文件，再打开该文件。</translation>
    </message>
    <message>
        <source>%1 is protected (%2 with DRM or a password): its text cannot be read.</source>
        <translation>%1 受保护（带有 DRM 或密码的 %2）：无法读取其中的文本。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 file, or is damaged.</source>
        <translation>%1 不是有效的 %2 文件，或已损坏。</translation>
    </message>
    <message>
        <source>%1 was refused: it expands, nests or grows beyond safe limits (%2). It may be damaged or built to exhaust memory.</source>
        <translation>已拒绝打开 %1：其解压后的大小、嵌套层数或增长幅度超出安全限制（%2）。文件可能已损坏，或被刻意构造来耗尽内存。</translation>
    </message>
    <message>
        <source>%1 holds scanned page images but no text. Run it through OCR first (e.g. ocrmypdf) and open the result.</source>
        <translation>%1 只包含扫描的页面图像，没有文本。请先进行 OCR 文字识别（例如 ocrmypdf），再打开识别结果。</translation>
    </message>
    <message>
        <source>Parts of the file look like another encoding (it may mix UTF-8, GB18030 and Big5): some characters may be shown wrongly.</source>
        <translation>文件的部分内容看似另一种编码（可能混用了 UTF-8、GB18030 和 Big5）：部分字符可能显示错误。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Duizhao (project format %2). Update Duizhao to open it; the file is left as it is.</source>
        <translation>%1 是由较新版本的对照保存的（项目格式 %2）。请更新对照后再打开；该文件保持原样。</translation>
    </message>
</context>
<context>
    <name>duizhao::ExportDialog</name>
    <message>
        <source>PDF (side by side or interleaved, for print)</source>
        <translation>PDF（左右并排或上下交错，供打印用）</translation>
    </message>
    <message>
        <source>TMX 1.4 translation memory</source>
        <translation>TMX 1.4 翻译记忆库</translation>
    </message>
    <message>
        <source>TSV: Chinese, English, confidence</source>
        <translation>TSV：中文、英文、置信度</translation>
    </message>
    <message>
        <source>Anki cards (TSV, front and back)</source>
        <translation>Anki 卡片（TSV，正面和背面）</translation>
    </message>
    <message>
        <source>Moses line-aligned files (.zh + .en)</source>
        <translation>Moses 逐行对齐文件（.zh + .en）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTML page (two columns, click to highlight)</source>
        <translation>HTML 网页（双栏，点击即可高亮）</translation>
    </message>
    <message>
        <source>As in the text</source>
        <translation>与原文一致</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁体（台湾）</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>简繁转换(&amp;S)：</translation>
    </message>
    <message>
        <source>Include sentences with no counterpart</source>
        <translation>包含没有对应译文的句子</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>上下交错</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
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
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>页边距(&amp;M)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
        <source>Pair numbers</source>
        <translation>句对编号</translation>
    </message>
    <message>
        <source>Mark low-confidence pairs</source>
        <translation>标记低置信度的句对</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>duizhao::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Find in both panes</source>
        <translation>在两个窗格中查找</translation>
    </message>
    <message>
        <source>Chinese (either script) or English</source>
        <translation>中文（简繁均可）或英文</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
    <message>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>Chinese text</source>
        <translation>中文文本</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>打开进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a bilingual text</source>
        <translation>打开双语文本</translation>
    </message>
    <message>
        <source>Open &amp;Pair…</source>
        <translation>打开中英两个文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Open the first file (Chinese or English)</source>
        <translation>打开第一个文件（中文或英文）</translation>
    </message>
    <message>
        <source>Open its translation</source>
        <translation>打开其译文</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>导航(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Pair</source>
        <translation>上一个句对(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Pair</source>
        <translation>下一个句对(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;First Pair</source>
        <translation>第一个句对(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Pair</source>
        <translation>最后一个句对(&amp;L)</translation>
    </message>
    <message>
        <source>Next &amp;Doubtful Pair</source>
        <translation>下一个存疑句对(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Switch Pane</source>
        <translation>切换窗格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <source>Reader tools</source>
        <translation>阅读工具</translation>
    </message>
    <message>
        <source>Chinese &amp;Script</source>
        <translation>简繁转换(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Simplified</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Taiwan)</source>
        <translation>繁体（台湾）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (&amp;Hong Kong)</source>
        <translation>繁体（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>原</source>
        <translation>原</translation>
    </message>
    <message>
        <source>简</source>
        <translation>简</translation>
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
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>左右并排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Interleaved</source>
        <translation>上下交错(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Learner (Hide Translations)</source>
        <translation>学习模式（隐藏译文）(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>交换窗格(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
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
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>English &amp;Font…</source>
        <translation>英文字体(&amp;F)…</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>打开示例文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening cancelled; the previous document stays open.</source>
        <translation>已取消打开；之前的文档仍保持打开。</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — 对照</translation>
    </message>
    <message>
        <source>Chinese and English text, interleaved</source>
        <translation>中英文本，上下交错</translation>
    </message>
    <message>
        <source>Converting the Chinese text…</source>
        <translation>正在转换中文文本…</translation>
    </message>
    <message>
        <source>No doubtful pairs: the aligner is sure of every pair.</source>
        <translation>没有存疑的句对：对齐工具对每个句对都有把握。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1 pairs, %2 without a counterpart</source>
        <translation>%1 个句对，%2 个没有对应</translation>
    </message>
    <message>
        <source>Pair %1 of %2 · %3%</source>
        <translation>第 %1 个句对，共 %2 个 · %3%</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Pair</source>
        <translation>复制句对(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Pre&amp;vious Doubtful Pair</source>
        <translation>上一个存疑句对(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Pair…</source>
        <translation>转到句对(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to pair</source>
        <translation>转到句对</translation>
    </message>
    <message>
        <source>Pair (1–%1):</source>
        <translation>句对（1–%1）：</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切换书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hide All Translations</source>
        <translation>隐藏所有译文(&amp;H)</translation>
    </message>
    <message>
        <source>Chi&amp;nese Font…</source>
        <translation>中文字体(&amp;N)…</translation>
    </message>
    <message>
        <source>Chinese font for this script</source>
        <translation>当前简繁设置的中文字体</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy C&amp;hinese</source>
        <translation>复制中文(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;English</source>
        <translation>复制英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Pair</source>
        <translation>将此句对加入书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hide Translation Again</source>
        <translation>再次隐藏译文(&amp;H)</translation>
    </message>
    <message>
        <source>Hide &amp;All Translations</source>
        <translation>隐藏所有译文(&amp;A)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Texts and books Duizhao reads (%1)</source>
        <translation>对照可读取的文本和图书 (%1)</translation>
    </message>
    <message>
        <source>Pair %1 bookmarked</source>
        <translation>已将第 %1 个句对加入书签</translation>
    </message>
    <message>
        <source>Bookmark on pair %1 removed</source>
        <translation>已移除第 %1 个句对的书签</translation>
    </message>
    <message>
        <source>Traditional (Open&amp;CC Standard)</source>
        <translation>繁体（OpenCC 标准）(&amp;C)</translation>
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
        <translation>正在对齐：已对齐 %1 对</translation>
    </message>
    <message>
        <source>Still aligning: this sentence&apos;s pair is not known yet (%1% done).</source>
        <translation>仍在对齐：这句话的对应句尚未确定（已完成 %1%）。</translation>
    </message>
    <message>
        <source>Aligning: pairs can be clicked as soon as they are aligned.</source>
        <translation>正在对齐：句对一经对齐即可点击。</translation>
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
        <translation>第 %1 个句对</translation>
    </message>
</context>
<context>
    <name>duizhao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>As in the text</source>
        <translation>与原文一致</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁体（台湾）</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>简繁转换(&amp;S)：</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>上下交错</translation>
    </message>
    <message>
        <source>Learner (hide translations)</source>
        <translation>学习模式（隐藏译文）</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>布局(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;ynchronized scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <source>Pairs the aligner is less sure of are underlined in orange.</source>
        <translation>对齐工具把握较低的句对会以橙色下划线标示。</translation>
    </message>
    <message>
        <source>&amp;Doubtful below:</source>
        <translation>低于此值即为存疑(&amp;D)：</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
        <source>Chinese, Simplified:</source>
        <translation>简体中文：</translation>
    </message>
    <message>
        <source>Chinese, Traditional (Taiwan):</source>
        <translation>繁体中文（台湾）：</translation>
    </message>
    <message>
        <source>Chinese, Traditional (Hong Kong):</source>
        <translation>繁体中文（香港）：</translation>
    </message>
    <message>
        <source>On hover</source>
        <translation>鼠标悬停时</translation>
    </message>
    <message>
        <source>On Ctrl+click</source>
        <translation>Ctrl+点击时</translation>
    </message>
    <message>
        <source>On Alt+click</source>
        <translation>Alt+点击时</translation>
    </message>
    <message>
        <source>On Shift+click</source>
        <translation>Shift+点击时</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dictionary &amp;pop-up:</source>
        <translation>词典弹窗(&amp;P)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Zhuyin (bopomofo)</source>
        <translation>注音符号</translation>
    </message>
    <message>
        <source>&amp;Above the Chinese:</source>
        <translation>在中文上方标注(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>duizhao::ProjectActions</name>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>对照项目 (*.duizhao)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open Pro&amp;ject…</source>
        <translation>打开项目(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 有尚未保存的更改。是否在关闭前保存？</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>是否恢复未保存的更改？</translation>
    </message>
    <message>
        <source>Duizhao did not close normally, and changes to %1 were not saved. Restore them?</source>
        <translation>对照上次未正常关闭，对 %1 的更改没有保存。是否恢复这些更改？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>duizhao::ReadingAids</name>
    <message>
        <source>“%1” added to the vocabulary list</source>
        <translation>已将“%1”加入生词本</translation>
    </message>
    <message>
        <source>“%1” is already in the vocabulary list</source>
        <translation>“%1”已在生词本中</translation>
    </message>
    <message>
        <source>Select a pair to read it aloud.</source>
        <translation>请选择要朗读的句对。</translation>
    </message>
    <message>
        <source>&amp;Look Up in the Dictionary</source>
        <translation>在词典中查找(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Read the Pair Aloud</source>
        <translation>朗读此句对(&amp;R)</translation>
    </message>
    <message>
        <source>Convert &amp;Phrases (Taiwan and Mainland Words)</source>
        <translation>转换词语（台湾与大陆用词）(&amp;P)</translation>
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
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above the Chinese</source>
        <translation>在中文上方标注拼音(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zhuyin (Bopomofo) Above the Chinese</source>
        <translation>在中文上方标注注音符号(&amp;Z)</translation>
    </message>
    <message>
        <source>No Tone &amp;Colours</source>
        <translation>不用颜色标示声调(&amp;C)</translation>
    </message>
    <message>
        <source>Tone Colours: &amp;Red, Green, Blue, Purple</source>
        <translation>声调颜色：红、绿、蓝、紫(&amp;R)</translation>
    </message>
    <message>
        <source>Tone Colours: R&amp;ed, Orange, Green, Blue</source>
        <translation>声调颜色：红、橙、绿、蓝(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dictionary Pop-up</source>
        <translation>词典弹窗(&amp;D)</translation>
    </message>
    <message>
        <source>On &amp;Hover</source>
        <translation>鼠标悬停时(&amp;H)</translation>
    </message>
    <message>
        <source>On &amp;Ctrl+Click</source>
        <translation>Ctrl+点击时(&amp;C)</translation>
    </message>
    <message>
        <source>On &amp;Alt+Click</source>
        <translation>Alt+点击时(&amp;A)</translation>
    </message>
    <message>
        <source>On &amp;Shift+Click</source>
        <translation>Shift+点击时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>词语索引(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary List</source>
        <translation>生词本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read the &amp;Pair</source>
        <translation>朗读句对(&amp;P)</translation>
    </message>
    <message>
        <source>Read the &amp;Chinese</source>
        <translation>朗读中文(&amp;C)</translation>
    </message>
    <message>
        <source>Read the &amp;English</source>
        <translation>朗读英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止朗读(&amp;S)</translation>
    </message>
</context>
<context>
    <name>duizhao::SentencePane</name>
    <message>
        <source>Click to show the translation</source>
        <translation>点击以显示译文</translation>
    </message>
    <message>
        <source>No counterpart: this sentence has no English translation</source>
        <translation>没有对应：此句没有英文译文</translation>
    </message>
    <message>
        <source>No counterpart: this sentence has no Chinese original</source>
        <translation>没有对应：此句没有中文原文</translation>
    </message>
    <message>
        <source>Doubtful pair: the alignment is %1% sure</source>
        <translation>存疑句对：对齐的可信度为 %1%</translation>
    </message>
    <message>
        <source>Confirmed pair</source>
        <translation>已确认的句对</translation>
    </message>
    <message>
        <source>Pair corrected by hand</source>
        <translation>手动修正的句对</translation>
    </message>
</context>
<context>
    <name>duizhao::ShortcutsDialog</name>
    <message>
        <source>Click a sentence</source>
        <translation>点击句子</translation>
    </message>
    <message>
        <source>Highlight it and its translation</source>
        <translation>高亮该句及其译文</translation>
    </message>
    <message>
        <source>↑ / ↓ or K / J</source>
        <translation>↑ / ↓ 或 K / J</translation>
    </message>
    <message>
        <source>Previous / next pair</source>
        <translation>上一个 / 下一个句对</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last pair</source>
        <translation>第一个 / 最后一个句对</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>The other pane</source>
        <translation>切换到另一个窗格</translation>
    </message>
    <message>
        <source>Right click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>Copy the pair, bookmark it</source>
        <translation>复制句对、加入书签</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>duizhao::SpeechReader</name>
    <message>
        <source>Reading aloud needs a speech engine; none is installed (for example the speech-dispatcher or flite plugin of Qt TextToSpeech).</source>
        <translation>朗读需要语音引擎，但当前未安装任何语音引擎（例如 Qt TextToSpeech 的 speech-dispatcher 或 flite 插件）。</translation>
    </message>
    <message>
        <source>The speech engine has no Chinese voice installed.</source>
        <translation>语音引擎未安装中文语音。</translation>
    </message>
    <message>
        <source>The speech engine has no English voice installed.</source>
        <translation>语音引擎未安装英文语音。</translation>
    </message>
    <message>
        <source>The speech engine reported an error.</source>
        <translation>语音引擎报告了错误。</translation>
    </message>
    <message>
        <source>This build of Duizhao cannot read aloud (it was built without Qt TextToSpeech).</source>
        <translation>此版本的对照无法朗读（构建时未包含 Qt TextToSpeech）。</translation>
    </message>
</context>
<context>
    <name>duizhao::VocabularyPanel</name>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
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
        <translation>导出到 Anki…</translation>
    </message>
    <message>
        <source>Export Vocabulary</source>
        <translation>导出生词本</translation>
    </message>
    <message>
        <source>Tab-separated values (*.tsv)</source>
        <translation>制表符分隔值 (*.tsv)</translation>
    </message>
</context>
</TS>
