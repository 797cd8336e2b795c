#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace csm::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one entry, or one per plural form
    QString type;             // "" (finished), "unfinished", "obsolete" or "vanished"
    bool numerus = false;

    bool isEmpty() const;
    QString where() const; // "context: source" for failure messages
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

// Reads a .ts file with QXmlStreamReader.
TsFile readTsFile(const QString& path);

} // namespace csm::test
