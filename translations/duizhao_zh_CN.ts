<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1 is too large to be a text document (%2 MB).</source>
        <translation>%1 太大，不像是文本文档（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to read.</source>
        <translation>%1 是空的：没有可阅读的文本。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data at byte %2).</source>
        <translation>%1 不是文本文件（在第 %2 个字节处含有二进制数据）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as UTF-8, GB18030 or Big5.</source>
        <translation>%1 不是有效的 UTF-8：偏移量 %2 处的字节格式错误。请重新以 UTF-8、GB18030 或 Big5 编码保存。</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16 (with a byte order mark), GB18030 and Big5.</source>
        <translation>无法识别 %1 的编码。对照可读取 UTF-8、UTF-16（须带字节顺序标记）、GB18030 和 Big5。</translation>
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
        <source>Bilingual texts (*.txt *.text);;Translation memories (*.tmx);;Duizhao projects (*.duizhao);;All files (*)</source>
        <translation>双语文本 (*.txt *.text);;翻译记忆库 (*.tmx);;对照项目 (*.duizhao);;所有文件 (*)</translation>
    </message>
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
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Click a sentence, or use ↑/↓ or K/J, to highlight it and its translation.
Home/End: first and last pair. Tab: the other pane. Ctrl+F: find.
Ctrl+= / Ctrl+-: zoom. F8: next doubtful pair.</source>
        <translation>点击句子，或按 ↑/↓ 或 K/J，即可高亮该句及其译文。
Home/End：第一个和最后一个句对。Tab：切换到另一个窗格。Ctrl+F：查找。
Ctrl+= / Ctrl+-：缩放。F8：下一个存疑句对。</translation>
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
        <source>%1 pairs · unmatched: %2 Chinese, %3 English</source>
        <translation>%1 个句对 · 未对应：中文 %2 句，英文 %3 句</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>第 %1 个句对，共 %2 个</translation>
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
</TS>
