#pragma once

// The commands of the command line (docs/cli.md). Each gets its parsed options and returns an exit code:
// 0 success, 1 the operation failed (message on stderr), 2 bad usage (one line on stderr).

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTextStream>

namespace csm::app::cli {

// The translation context of every command-line message.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(csm::app::Cli)
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2
};

struct Context
{
    QString bookPath;               // absolute
    QHash<QString, QString> values; // option name (without dashes) -> value; "" for a flag that is set
    QTextStream& out;
    QTextStream& err;

    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
    // Prints "csm-workbench: <command>: <message>" as one line and returns ExitUsage.
    int usageError(const QString& command, const QString& message) const;
    // Prints the error's toString() and returns ExitFailed.
    int failure(const QString& message) const;
};

int runGenerate(const Context& ctx);
int runCheck(const Context& ctx);
int runBackup(const Context& ctx);

} // namespace csm::app::cli
