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
        <source>Contents</source>
        <translation>目录</translation>
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
