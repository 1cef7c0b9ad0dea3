#include "app/gui/SpeechReader.h"

#include <QLocale>

#ifdef DUIZHAO_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace duizhao {

SpeechReader::SpeechReader(QObject *parent)
    : QObject(parent)
{
#ifdef DUIZHAO_HAVE_TEXTTOSPEECH
    if (!QTextToSpeech::availableEngines().isEmpty())
        m_speech = new QTextToSpeech(this);
    if (m_speech)
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Ready)
                speakNext();
        });
#endif
}

SpeechReader::~SpeechReader() = default;

bool SpeechReader::hasEngine() const
{
    return m_speech != nullptr;
}

bool SpeechReader::fail(const QString &notice)
{
    m_notice = notice;
    emit unavailable(notice);
    return false;
}

bool SpeechReader::speak(const QString &text, Language language)
{
#ifdef DUIZHAO_HAVE_TEXTTOSPEECH
    if (!m_speech)
        return fail(tr("Reading aloud needs a speech engine; none is installed (for example the "
                       "speech-dispatcher or flite plugin of Qt TextToSpeech)."));
    const QLocale::Language wanted =
        language == Language::Chinese ? QLocale::Chinese : QLocale::English;
    QLocale chosen(QLocale::C);
    for (const QLocale &locale : m_speech->availableLocales()) {
        if (locale.language() == wanted) {
            chosen = locale;
            break;
        }
    }
    if (chosen.language() != wanted)
        return fail(language == Language::Chinese
                        ? tr("The speech engine has no Chinese voice installed.")
                        : tr("The speech engine has no English voice installed."));
    m_speech->setLocale(chosen);
    if (m_speech->state() == QTextToSpeech::Error)
        return fail(tr("The speech engine reported an error."));
    m_notice.clear();
    m_speech->say(text);
    return true;
#else
    Q_UNUSED(text);
    Q_UNUSED(language);
    return fail(tr("This build of Duizhao cannot read aloud (it was built without Qt "
                   "TextToSpeech)."));
#endif
}

bool SpeechReader::speakInTurn(const QList<std::pair<QString, Language>> &parts)
{
    m_queue = parts;
    return speakNext();
}

bool SpeechReader::speakNext()
{
    // A part without a voice is skipped (its notice says why); the next one is still read.
    while (!m_queue.isEmpty()) {
        const auto [text, language] = m_queue.takeFirst();
        if (speak(text, language))
            return true;
    }
    return false;
}

void SpeechReader::stop()
{
    m_queue.clear();
#ifdef DUIZHAO_HAVE_TEXTTOSPEECH
    if (m_speech)
        m_speech->stop();
#endif
}

} // namespace duizhao
