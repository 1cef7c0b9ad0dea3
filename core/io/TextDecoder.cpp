#include "core/io/TextDecoder.h"

#include <QByteArrayView>
#include <QFile>
#include <QFileInfo>
#include <QStringView>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <optional>

namespace duizhao {

namespace {

// Binary sniffing looks at the start only: a text file shows its nature early.
constexpr qsizetype ControlSampleBytes = 64 * 1024;

// A BOM-less file is malformed UTF-8 (not another encoding) when valid multi-byte sequences are
// at least this many and outnumber malformed ones by this factor.
constexpr qsizetype MinValidUtf8Sequences = 3;
constexpr qsizetype Utf8DominanceFactor = 8;

// ICU's detector reads 8 KiB; a little more costs nothing.
constexpr qsizetype DetectorSampleBytes = 16 * 1024;

// ICU confidence (0-100) below which a detector candidate is not taken seriously.
constexpr int32_t MinDetectorConfidence = 10;

const QString Utf8Name = QStringLiteral("UTF-8");
const QString Utf16LeName = QStringLiteral("UTF-16LE");
const QString Utf16BeName = QStringLiteral("UTF-16BE");
const QString Gb18030Name = QStringLiteral("GB18030");
const QString Big5Name = QStringLiteral("Big5");

bool isTextControl(char32_t c)
{
    // Tab, LF, VT, FF, CR and ESC (ANSI colour codes) occur in real text files.
    return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x1B;
}

bool isSuspiciousControl(char32_t c)
{
    return (c < 0x20 && !isTextControl(c)) || c == 0x7F;
}

/// Position (in units) of the first NUL, or of the first control character when they make up
/// more than 1% of the sample; nullopt for text.
template <class Units>
std::optional<qsizetype> findBinaryUnit(const Units &units)
{
    const qsizetype size = units.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (units[i] == 0)
            return i;
    }
    const qsizetype sample = qMin(size, ControlSampleBytes);
    qsizetype controls = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < sample; ++i) {
        if (isSuspiciousControl(char32_t(units[i]))) {
            ++controls;
            if (first < 0)
                first = i;
        }
    }
    if (controls * 100 > sample)
        return first;
    return std::nullopt;
}

// QChar has no conversion to uchar; expose UTF-16 units as integers for findBinaryUnit.
struct Utf16Units
{
    QStringView text;
    qsizetype size() const { return text.size(); }
    char16_t operator[](qsizetype i) const { return text[i].unicode(); }
};

struct ByteUnits
{
    QByteArrayView bytes;
    qsizetype size() const { return bytes.size(); }
    uchar operator[](qsizetype i) const { return uchar(bytes[i]); }
};

bool hasBinaryMagic(QByteArrayView bytes)
{
    static const std::array<QByteArrayView, 11> magics = {
        QByteArrayView("\x89PNG\r\n\x1a\n"),
        QByteArrayView("PK\x03\x04"),
        QByteArrayView("PK\x05\x06"),
        QByteArrayView("\x7f"
                       "ELF"),
        QByteArrayView("%PDF-"),
        QByteArrayView("GIF87a"),
        QByteArrayView("GIF89a"),
        QByteArrayView("\xff\xd8\xff"),
        QByteArrayView("\x1f\x8b"),
        QByteArrayView("7z\xbc\xaf\x27\x1c"),
        QByteArrayView("Rar!\x1a\x07"),
    };
    for (const QByteArrayView magic : magics) {
        if (bytes.startsWith(magic))
            return true;
    }
    return false;
}

struct Utf8Scan
{
    qsizetype firstMalformed = -1;
    qsizetype validMultiByte = 0;
    qsizetype malformed = 0;
};

/// Strict UTF-8 check (Unicode Table 3-7): no overlongs, surrogates or code points past U+10FFFF.
/// A malformed sequence counts once, as its maximal subpart.
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int trailing = 0;
        uchar low = 0x80; // bounds for the first continuation byte only
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trailing = 1;
        } else if (lead == 0xE0) {
            trailing = 2;
            low = 0xA0;
        } else if (lead == 0xED) {
            trailing = 2;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            trailing = 2;
        } else if (lead == 0xF0) {
            trailing = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            trailing = 3;
        } else if (lead == 0xF4) {
            trailing = 3;
            high = 0x8F;
        }
        qsizetype j = i + 1;
        bool ok = trailing > 0;
        for (int k = 0; ok && k < trailing; ++k, ++j) {
            const uchar lo = k == 0 ? low : uchar(0x80);
            const uchar hi = k == 0 ? high : uchar(0xBF);
            ok = j < n && p[j] >= lo && p[j] <= hi;
            if (!ok)
                break;
        }
        if (ok) {
            ++scan.validMultiByte;
        } else {
            if (scan.firstMalformed < 0)
                scan.firstMalformed = i;
            ++scan.malformed;
        }
        i = qMax(j, i + 1);
    }
    return scan;
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

/// Decodes with ICU, failing on the first invalid or unmappable byte sequence.
std::optional<QString> decodeStrictly(QByteArrayView bytes, const char *icuName)
{
    if (bytes.size() >= std::numeric_limits<int32_t>::max())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // Every supported multi-byte encoding yields at most one UTF-16 unit per byte.
    QString text(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                      bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

/// How Chinese-text-like a decoding is: common Han, ASCII and CJK punctuation count for it;
/// private use, rare blocks and symbols that a wrong double-byte decoding produces count against.
struct Plausibility
{
    qsizetype good = 0;
    qsizetype bad = 0;
    qsizetype score() const { return good - 2 * bad; }
    /// More than 1% implausible characters: a wrong decoding of part of the file.
    bool doubtful() const { return bad * 100 > good + bad; }
};

Plausibility plausibility(const QString &text)
{
    qsizetype good = 0;
    qsizetype bad = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) ||
            (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F))
            ++good;
        else if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                 (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
                 (c >= 0x3130 && c <= 0x318F) || (c >= 0xF900 && c <= 0xFAFF) ||
                 (c >= 0xFE10 && c <= 0xFE4F) || (c >= 0x3040 && c <= 0x312F) ||
                 (c >= 0x0370 && c <= 0x04FF) || (c >= 0x2500 && c <= 0x257F) || c > 0xFFFF)
            ++bad;
    }
    return {good, bad};
}

struct Detection
{
    QString best;                    ///< The more confident of GB18030 and Big5; empty if neither.
    bool gb18030 = false;            ///< GB18030 is a candidate.
    bool big5 = false;               ///< Big5 is a candidate.
    bool otherCjkIsLikelier = false; ///< Shift_JIS, EUC-JP, EUC-KR… beat both.
};

QString chineseName(QByteArrayView icuName)
{
    if (icuName.compare("GB18030", Qt::CaseInsensitive) == 0)
        return Gb18030Name;
    if (icuName.compare("Big5", Qt::CaseInsensitive) == 0 ||
        icuName.compare("Big5-HKSCS", Qt::CaseInsensitive) == 0 ||
        icuName.compare("x-big5", Qt::CaseInsensitive) == 0)
        return Big5Name;
    return {};
}

bool isOtherCjkName(QByteArrayView icuName)
{
    return icuName.startsWith("EUC-") || icuName.startsWith("ISO-2022-") ||
           icuName.compare("Shift_JIS", Qt::CaseInsensitive) == 0;
}

/// Asks ICU's charset detector which of GB18030 and Big5 the bytes may be.
Detection detectChinese(QByteArrayView bytes)
{
    Detection detection;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return detection;
    // ICU looks at the first 8 KiB only, so start where the non-ASCII text starts: a long
    // English preface would otherwise hide the Chinese.
    const qsizetype firstHigh =
        std::distance(bytes.cbegin(), std::find_if(bytes.cbegin(), bytes.cend(),
                                                   [](char b) { return uchar(b) >= 0x80; }));
    const qsizetype lineStart = bytes.first(firstHigh).lastIndexOf('\n') + 1;
    const QByteArrayView sample =
        bytes.sliced(lineStart).first(qMin(bytes.size() - lineStart, DetectorSampleBytes));
    ucsdet_setText(detector.get(), sample.data(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return detection;
    int32_t otherCjkConfidence = 0;
    int32_t bestConfidence = 0;
    for (int32_t i = 0; i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || !name)
            break;
        const QByteArrayView icuName(name);
        const QString ours = chineseName(icuName);
        if (ours.isEmpty()) {
            if (isOtherCjkName(icuName))
                otherCjkConfidence = qMax(otherCjkConfidence, confidence);
            continue;
        }
        if (confidence < MinDetectorConfidence)
            continue;
        (ours == Gb18030Name ? detection.gb18030 : detection.big5) = true;
        // Matches come most confident first.
        if (detection.best.isEmpty()) {
            detection.best = ours;
            bestConfidence = confidence;
        }
    }
    detection.otherCjkIsLikelier = otherCjkConfidence > bestConfidence;
    return detection;
}

Result<DecodedText> decodeChinese(QByteArrayView bytes)
{
    const Detection detection = detectChinese(bytes);
    // Japanese or Korean bytes often decode as GB18030 too; that would be a guess, not a reading.
    if (detection.best.isEmpty() || detection.otherCjkIsLikelier)
        return Error{ErrorCode::UnknownEncoding, {}};
    std::optional<QString> gb;
    std::optional<QString> big5;
    if (detection.gb18030)
        gb = decodeStrictly(bytes, "GB18030");
    if (detection.big5)
        big5 = decodeStrictly(bytes, "Big5");
    const Plausibility gbPlausibility = gb ? plausibility(*gb) : Plausibility();
    const Plausibility big5Plausibility = big5 ? plausibility(*big5) : Plausibility();
    const qsizetype gbScore = gbPlausibility.score();
    const qsizetype big5Score = big5Plausibility.score();
    // GB18030 decodes nearly anything and Big5 often decodes GB2312 bytes, so when both work
    // the output's plausibility decides; ICU's ranking only breaks ties.
    bool useGb = gb.has_value();
    if (gb && big5)
        useGb = gbScore != big5Score ? gbScore > big5Score : detection.best == Gb18030Name;
    // Mostly rare or private-use characters: clean bytes, but not Chinese text.
    if (useGb && gbScore > 0)
        return DecodedText{std::move(*gb), Gb18030Name, false, gbPlausibility.doubtful()};
    if (!useGb && big5 && big5Score > 0)
        return DecodedText{std::move(*big5), Big5Name, false, big5Plausibility.doubtful()};
    return Error{ErrorCode::UnknownEncoding, {}};
}

/// @p bomSize: 2 after a byte order mark, 0 when the zero bytes told the byte order.
Result<DecodedText> decodeUtf16(QByteArrayView payload, bool littleEndian, qsizetype bomSize)
{
    const QString &name = littleEndian ? Utf16LeName : Utf16BeName;
    if (payload.size() % 2 != 0)
        return Error{ErrorCode::InvalidUtf16, {}, bomSize + payload.size() - 1};
    QString text(payload.size() / 2, Qt::Uninitialized);
    const auto *p = reinterpret_cast<const uchar *>(payload.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar first = p[2 * i];
        const uchar second = p[2 * i + 1];
        text[i] =
            QChar(littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Error{ErrorCode::InvalidUtf16, {}, bomSize + 2 * i};
    }
    if (const auto binaryAt = findBinaryUnit(Utf16Units{text}))
        return Error{ErrorCode::BinaryData, {}, bomSize + 2 * *binaryAt};
    return DecodedText{std::move(text), name, bomSize > 0};
}

/// UTF-16 without a byte order mark shows itself by its zero bytes: ASCII characters have one
/// in every other byte, always on the same side. Returns whether it is little-endian.
std::optional<bool> utf16ByteOrder(QByteArrayView bytes)
{
    const qsizetype sample = qMin(bytes.size(), ControlSampleBytes) & ~qsizetype(1);
    if (bytes.size() % 2 != 0 || sample < 16)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype units = sample / 2;
    // At least a fifth of the characters ASCII, and (almost) no zero on the other side.
    if (oddZeros * 5 >= units && evenZeros * 50 <= units)
        return true;
    if (evenZeros * 5 >= units && oddZeros * 50 <= units)
        return false;
    return std::nullopt;
}

Result<DecodedText> decodeUtf8(QByteArrayView payload, qsizetype offset, bool hadBom)
{
    if (const auto binaryAt = findBinaryUnit(ByteUnits{payload}))
        return Error{ErrorCode::BinaryData, {}, offset + *binaryAt};
    const Utf8Scan scan = scanUtf8(payload);
    if (scan.firstMalformed >= 0)
        return Error{ErrorCode::InvalidUtf8, {}, offset + scan.firstMalformed};
    return DecodedText{QString::fromUtf8(payload), Utf8Name, hadBom};
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

/// Reads a file that mixes encodings: each run of lines that is valid UTF-8 as UTF-8, each run
/// between them as GB18030 or Big5, whichever reads it better. Always doubtful: a short run may
/// be told wrongly. An error unless some run is UTF-8 and some is not, and every run decodes.
Result<DecodedText> decodeRunByRun(QByteArrayView bytes)
{
    QString text;
    QStringList encodings;
    qsizetype runStart = 0;
    bool runIsUtf8 = true;
    auto decodeRun = [&](qsizetype end) -> bool {
        const QByteArrayView run = bytes.sliced(runStart, end - runStart);
        QString encoding = Utf8Name;
        if (runIsUtf8) {
            text += QString::fromUtf8(run);
            if (isAscii(run))
                encoding.clear(); // Reads the same in every encoding.
        } else {
            Result<DecodedText> decoded = decodeChinese(run);
            if (!decoded)
                return false;
            text += decoded->text;
            encoding = decoded->encoding;
        }
        if (!encoding.isEmpty() && !encodings.contains(encoding))
            encodings.append(encoding);
        runStart = end;
        return true;
    };
    for (qsizetype lineStart = 0; lineStart < bytes.size();) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? bytes.size() : lineEnd + 1;
        const bool lineIsUtf8 =
            scanUtf8(bytes.sliced(lineStart, lineEnd - lineStart)).firstMalformed < 0;
        if (lineIsUtf8 != runIsUtf8 && lineStart > runStart && !decodeRun(lineStart))
            return Error{ErrorCode::UnknownEncoding, {}};
        runIsUtf8 = lineIsUtf8;
        lineStart = lineEnd;
    }
    if (!decodeRun(bytes.size()) || !encodings.contains(Utf8Name) || encodings.size() < 2)
        return Error{ErrorCode::UnknownEncoding, {}};
    return DecodedText{std::move(text), encodings.join(QStringLiteral(" + ")), false, true};
}

Result<DecodedText> decodeWithoutBom(QByteArrayView bytes)
{
    // Taken as UTF-16 only when it decodes cleanly; otherwise NUL bytes make it binary below.
    if (const std::optional<bool> littleEndian = utf16ByteOrder(bytes)) {
        if (Result<DecodedText> utf16 = decodeUtf16(bytes, *littleEndian, 0))
            return utf16;
    }
    if (const auto binaryAt = findBinaryUnit(ByteUnits{bytes}))
        return Error{ErrorCode::BinaryData, {}, *binaryAt};
    if (hasBinaryMagic(bytes))
        return Error{ErrorCode::BinaryData, {}, 0};
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.firstMalformed < 0)
        return DecodedText{QString::fromUtf8(bytes), Utf8Name, false};
    // Broken UTF-8 must be reported, not "repaired" by reading it as GB18030.
    if (scan.validMultiByte >= MinValidUtf8Sequences &&
        scan.validMultiByte >= Utf8DominanceFactor * scan.malformed)
        return Error{ErrorCode::InvalidUtf8, {}, scan.firstMalformed};
    Result<DecodedText> whole = decodeChinese(bytes);
    if (whole && !whole->doubtful)
        return whole;
    // Files pasted together from several sources can change encoding from one line to the next.
    if (Result<DecodedText> mixed = decodeRunByRun(bytes))
        return mixed;
    return whole;
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    Result<DecodedText> result = [&]() -> Result<DecodedText> {
        if (view.startsWith("\xEF\xBB\xBF"))
            return decodeUtf8(view.sliced(3), 3, true);
        if (view.startsWith("\xFF\xFE"))
            return decodeUtf16(view.sliced(2), true, 2);
        if (view.startsWith("\xFE\xFF"))
            return decodeUtf16(view.sliced(2), false, 2);
        if (view.isEmpty())
            return Error{ErrorCode::EmptyDocument, {}};
        return decodeWithoutBom(view);
    }();
    if (result && isBlank(result->text))
        return Error{ErrorCode::EmptyDocument, {}};
    return result;
}

Result<QByteArray> readFileBytes(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::FileNotFound, path};
    // Directories, devices and pipes: reading them would fail or never end.
    if (!info.isFile())
        return Error{ErrorCode::FileUnreadable, path};
    if (info.size() > maxBytes)
        return fileTooLarge(path, info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::FileUnreadable, path};
    // The file may have grown since it was measured.
    if (bytes.size() > maxBytes)
        return fileTooLarge(path, bytes.size());
    return bytes;
}

Result<DecodedText> readTextFile(const QString &path, qint64 maxBytes)
{
    const Result<QByteArray> bytes = readFileBytes(path, maxBytes);
    if (!bytes)
        return bytes.error();
    Result<DecodedText> result = decodeText(*bytes);
    if (!result && result.error().context.isEmpty()) {
        Error error = result.error();
        error.context = path;
        return error;
    }
    return result;
}

} // namespace duizhao
