#pragma once

// The commands of the command line (docs/cli.md). Each gets its parsed options and returns an exit code:
// 0 success, 1 the operation failed (message on stderr), 2 bad usage (one line on stderr).

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
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
    QHash<QString, QStringList> lists = {}; // values of options that take several ("FILE...")
    QString argument = {};                  // the command's one argument without dashes (import FILE)

    bool has(const QString& name) const { return values.contains(name) || lists.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
    QStringList valueList(const QString& name) const { return lists.value(name); }
    // Prints "csm-workbench: <command>: <message>" as one line and returns ExitUsage.
    int usageError(const QString& command, const QString& message) const;
    // Prints the error's toString() and returns ExitFailed.
    int failure(const QString& message) const;
};

struct OptionSpec
{
    const char* name;      // without the leading dashes
    const char* valueName; // nullptr for a flag; ending in "..." for an option that takes several values
    const char* help;      // translated when shown
};

// One entry per command of the command table (app/Cli.cpp). A command with subcommands (`report`) takes the
// subcommand's name as its first argument; the subcommand's options and function are then used.
struct CommandSpec
{
    const char* name;
    const char* summary;
    QList<OptionSpec> options;
    int (*run)(const Context&);
    const QList<CommandSpec>& (*subcommands)() = nullptr;
    const char* argument = nullptr; // the name of the one argument it takes without dashes ("FILE"), if any
};

int runGenerate(const Context& ctx);
int runCheck(const Context& ctx);
int runBackup(const Context& ctx);
// app/CliImport.cpp
int runImport(const Context& ctx);
int runUndoImport(const Context& ctx);
int runExport(const Context& ctx);

} // namespace csm::app::cli
