#pragma once

#include "domain/Entities.h"

#include <QComboBox>
#include <QElapsedTimer>

namespace csm {

// The kind of a touch, picked from the keyboard in any language. Each kind shows its number (1-9, then 0 for
// the tenth) and that digit picks it; letters search the start of the shown name, the English name and the
// name's readings, so "c" finds Call and so do でんわ and "denwa" where the list reads 電話 (QComboBox's own
// search cannot reach a kanji label from a key press). Kana typed through an input method count as typed.
// The internal note, which is not a customer touch, comes last after a line; End reaches it. Works the same
// in the open list.
class TouchKindCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TouchKindCombo(QWidget* parent = nullptr);

    TouchKind kind() const;
    void setKind(TouchKind kind);
    // The digit that picks a kind ('1'..'9', '0'), or a null QChar for the kinds without one.
    static QChar digitOf(TouchKind kind);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Row that a typed key leads to from `current`, or -1 when the key is not a digit or letter of ours or
    // nothing matches.
    int rowForKey(const QKeyEvent* event, int current);
    int rowForChar(QChar c, int current);

    QString m_search; // letters typed in a row, as one search
    QElapsedTimer m_lastKey;
};

} // namespace csm
