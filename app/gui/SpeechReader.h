#pragma once

#include "core/model/Document.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTextToSpeech;

namespace duizhao {

/// Reads a sentence or pair aloud with Qt TextToSpeech: a Chinese voice for Chinese, an English
/// one for English. When the build has no Qt TextToSpeech, or the system no speech engine or no
/// voice for the language, speak() does nothing and notice() says why in the user's words.
class SpeechReader : public QObject
{
    Q_OBJECT

public:
    explicit SpeechReader(QObject *parent = nullptr);
    ~SpeechReader() override;

    /// Whether a speech engine is there at all (a voice for a language may still be missing).
    bool hasEngine() const;
    /// Starts reading @p text in @p language; false, with notice() set, when it cannot.
    bool speak(const QString &text, Language language);
    /// Reads the parts one after another, each in its language's voice (a pair: Chinese, then
    /// English), skipping a part it has no voice for (notice() says so); false when it can read
    /// none of them.
    bool speakInTurn(const QList<std::pair<QString, Language>> &parts);
    void stop();
    QString notice() const { return m_notice; }

signals:
    /// Reading could not start; @p notice is the reason, ready to show.
    void unavailable(const QString &notice);

private:
    bool fail(const QString &notice);
    bool speakNext();

    QTextToSpeech *m_speech = nullptr;
    QList<std::pair<QString, Language>> m_queue; ///< What speakInTurn() reads next.
    QString m_notice;
};

} // namespace duizhao
