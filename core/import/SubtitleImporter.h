#pragma once

#include "core/import/Importer.h"

namespace duizhao {

/// SubRip (.srt) and WebVTT (.vtt) subtitles: each cue's text with its time, tags and ruby
/// annotations removed. A cue holding both languages (a bilingual file) becomes one paragraph
/// per language with the same time.
class SubtitleImporter : public Importer
{
public:
    explicit SubtitleImporter(bool webVtt)
        : m_webVtt(webVtt)
    {}
    Result<ImportedText> read(const QByteArray &bytes) const override;

private:
    bool m_webVtt;
};

} // namespace duizhao
