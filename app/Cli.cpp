#include "app/Cli.h"

#include "ExportCommand.h"
#include "app/CliCommands.h"
#include "app/Localization.h"
#include "app/report/ReportCommand.h"
#include "storage/Book.h"
#include "ui/print/PrintingApplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace csm::app {
namespace {

using cli::CliText;
using cli::Context;

using cli::CommandSpec;
using cli::OptionSpec;

// One entry per command: a line here and a function in CliCommands (or a report in app/report/).
const QList<CommandSpec>& commands()
{
    static const QList<CommandSpec> table = {
        {"generate",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Fill a new or empty book with a realistic synthetic customer base"),
         {
             {"accounts", "N",
              QT_TRANSLATE_NOOP("csm::app::Cli", "Number of accounts, 10 to 100000 (default 1000)")},
             {"seed", "S",
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "Random seed; the same seed gives the same book (default 1)")},
             {"as-of", "YYYY-MM-DD",
              QT_TRANSLATE_NOOP("csm::app::Cli", "The day the history ends (default today)")},
             {"currency", "CODE",
              QT_TRANSLATE_NOOP("csm::app::Cli", "ISO 4217 currency of the book (default JPY)")},
             {"japanese-names", "FILE",
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "Japan Post's JIGYOSYO.CSV, for real Japanese company names")},
         },
         &cli::runGenerate},
        {"check",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Check a book's integrity, schema version, row counts and values out of range"),
         {
             {"quick", nullptr,
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "Run SQLite's quick_check instead of the full integrity_check")},
         },
         &cli::runCheck},
        {"backup",
         QT_TRANSLATE_NOOP("csm::app::Cli", "Write a consistent, checked copy of a book"),
         {
             {"out", "FILE", QT_TRANSLATE_NOOP("csm::app::Cli", "The copy to write (must not exist yet)")},
         },
         &cli::runBackup},
        {"import",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Import a CSV file, or a book's JSON export (the book is created when missing)"),
         {
             {"type", "TYPE",
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "accounts, contacts, contracts, arr, touches, usage, usage-wide, "
                                "nps or holidays (not needed for a book's JSON export)")},
             {"mapping", "FILE|PRESET",
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "A preset file, or the name of a saved or shipped preset (default: suggested "
                                "from the headers)")},
             {"encoding", "E",
              QT_TRANSLATE_NOOP("csm::app::Cli", "utf-8, utf-16le, utf-16be or cp932 (default: recognised)")},
             {"delimiter", "C",
              QT_TRANSLATE_NOOP("csm::app::Cli", "comma, semicolon, tab or bar (default: recognised)")},
             {"day-order", "ORDER",
              QT_TRANSLATE_NOOP("csm::app::Cli", "month-first or day-first, for dates such as 04/01/2025")},
             {"locale", "NAME",
              QT_TRANSLATE_NOOP("csm::app::Cli", "How numbers are written, e.g. de_DE for 1.200,50")},
             {"dry-run", nullptr,
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "Say what would be added, updated and rejected; change nothing")},
             {"skip-rejected", nullptr,
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "Import the rows that read well even when others are rejected (default: "
                                "nothing is imported then)")},
             {"rejects", "FILE",
              QT_TRANSLATE_NOOP("csm::app::Cli", "Write the rejected rows there, with a reason column")},
             {"format", "text|json",
              QT_TRANSLATE_NOOP("csm::app::Cli", "How the summary is printed (default text)")},
         },
         &cli::runImport,
         nullptr,
         "FILE"},
        {"undo-import",
         QT_TRANSLATE_NOOP("csm::app::Cli",
                           "Undo the last import: remove what it added, restore what it changed"),
         {},
         &cli::runUndoImport},
        {"export",
         QT_TRANSLATE_NOOP(
             "csm::app::Cli",
             "Export the whole book as one JSON file or one CSV file per table, or its calendar "
             "(notice deadlines, renewals, follow-ups, milestones) as an iCalendar file"),
         {
             {"format", "json|csv|ics", QT_TRANSLATE_NOOP("csm::app::Cli", "The format (default json)")},
             {"out", "PATH",
              QT_TRANSLATE_NOOP("csm::app::Cli", "The file (json, ics) or folder (csv) to write")},
             {"encoding", "utf-8|cp932",
              QT_TRANSLATE_NOOP("csm::app::Cli", "CSV only: UTF-8 with BOM (default) or CP932")},
             {"as-of", "YYYY-MM-DD",
              QT_TRANSLATE_NOOP("csm::app::Cli",
                                "ics only: the day the calendar starts from (default today)")},
         },
         &cli::runExport},
        {"report",
         QT_TRANSLATE_NOOP("csm::app::Cli", "Print a report of the book as a table, CSV or JSON"),
         {},
         nullptr,
         &cli::reportCommands},
    };
    return table;
}

const CommandSpec* findCommand(const QList<CommandSpec>& table, const QString& name)
{
    for (const auto& c : table) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

void setApplicationIdentity()
{
    // The same identity as the desktop application, so both find the same default book and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("CSM Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("csm-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
}

QString defaultBookPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(QStringLiteral("book.sqlite"));
}

QString optionLine(const QString& names, const QString& help)
{
    QString line = QStringLiteral("  ") + names;
    if (line.size() < 30)
        line += QString(30 - line.size(), QLatin1Char(' '));
    else
        line += QLatin1Char(' ');
    return line + help;
}

void printHelp(QTextStream& out)
{
    out << CliText::tr("Usage: csm-workbench [--book FILE] <command> [options]") << '\n'
        << CliText::tr("       csm-workbench [--book FILE]          starts the desktop application") << "\n\n"
        << CliText::tr(
               "CSM Workbench keeps a customer-success manager's book of accounts. With a command it runs "
               "headless.")
        << "\n\n"
        << CliText::tr("Global options:") << '\n'
        << optionLine(QStringLiteral("--book FILE"),
                      CliText::tr("The book to work on (default: %1)").arg(defaultBookPath()))
        << '\n'
        << optionLine(QStringLiteral("-h, --help"),
                      CliText::tr("Show this help; with a command, the command's options"))
        << '\n'
        << optionLine(QStringLiteral("-v, --version"), CliText::tr("Show the version")) << "\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const auto& c : commands())
        out << optionLine(QLatin1String(c.name), CliText::tr(c.summary)) << '\n';
    out << '\n'
        << CliText::tr("Run 'csm-workbench <command> --help' for the options of a command.") << '\n'
        << CliText::tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage.") << '\n';
}

void printSubcommands(QTextStream& out, const CommandSpec& c)
{
    out << CliText::tr("Usage: %1")
               .arg(QStringLiteral("csm-workbench [--book FILE] %1 <%2> [options]")
                        .arg(QLatin1String(c.name), CliText::tr("name")))
        << "\n\n"
        << CliText::tr(c.summary) << "\n\n";
    for (const auto& sub : c.subcommands())
        out << optionLine(QLatin1String(sub.name), CliText::tr(sub.summary)) << '\n';
    out << '\n'
        << CliText::tr("Run 'csm-workbench %1 <name> --help' for the options of one.")
               .arg(QLatin1String(c.name))
        << '\n';
}

void printCommandHelp(QTextStream& out, const CommandSpec& c, const QString& fullName)
{
    QString synopsis = QStringLiteral("csm-workbench [--book FILE] ") + fullName;
    if (c.argument)
        synopsis += QLatin1Char(' ') + QLatin1String(c.argument);
    for (const auto& o : c.options) {
        synopsis += QStringLiteral(" [--") + QLatin1String(o.name);
        if (o.valueName)
            synopsis += QLatin1Char(' ') + QLatin1String(o.valueName);
        synopsis += QLatin1Char(']');
    }
    out << CliText::tr("Usage: %1").arg(synopsis) << "\n\n"
        << CliText::tr(c.summary) << "\n\n"
        << CliText::tr("Options:") << '\n';
    for (const auto& o : c.options) {
        QString names = QStringLiteral("--") + QLatin1String(o.name);
        if (o.valueName)
            names += QLatin1Char(' ') + QLatin1String(o.valueName);
        out << optionLine(names, CliText::tr(o.help)) << '\n';
    }
    out << optionLine(QStringLiteral("--book FILE"),
                      CliText::tr("The book to work on (default: %1)").arg(defaultBookPath()))
        << '\n';
}

bool isHelp(const QString& a)
{
    return a == QLatin1String("-h") || a == QLatin1String("--help");
}
bool isVersion(const QString& a)
{
    return a == QLatin1String("-v") || a == QLatin1String("--version");
}

// Options of Qt's GUI start-up (QGuiApplication) that take a value: their value is not a command.
bool isQtOptionWithValue(const char* a)
{
    for (const char* o : {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
                          "-qwindowicon", "-qwindowtitle", "-style", "-stylesheet", "-display", "-geometry",
                          "-title", "-session", "-qmljsdebugger",
                          // the GUI's own options (app/Gui.cpp)
                          "--screenshot", "--screenshot-page", "--screenshot-tab", "--as-of", "--size"}) {
        if (std::strcmp(a, o) == 0)
            return true;
    }
    return false;
}

} // namespace

bool wantsCommandLine(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--book") == 0 || isQtOptionWithValue(a)) {
            ++i; // skip the value
            continue;
        }
        if (std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-v") == 0 ||
            std::strcmp(a, "--version") == 0)
            return true;
        if (a[0] != '-' && a[0] != '\0')
            return true; // a command
    }
    return false;
}

namespace {

// A command that writes a PDF draws charts: it needs a QApplication (offscreen) instead of the
// QCoreApplication of the other commands.
bool printsDocument(int argc, char* argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "report") == 0)
            report = true;
        else if (report && (std::strcmp(a, "qbr") == 0 || std::strcmp(a, "--pdf") == 0 ||
                            std::strncmp(a, "--pdf=", 6) == 0))
            return true;
    }
    return false;
}

// The value of --language (en or ja), or empty.
QString languageOption(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--language") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--language=", 11) == 0)
            return QString::fromLocal8Bit(argv[i] + 11);
    }
    return {};
}

} // namespace

int runCommandLine(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        printsDocument(argc, argv) ? std::unique_ptr<QCoreApplication>(createPrintingApplication(argc, argv))
                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    setApplicationIdentity();
    // Messages in the user's language (English or Japanese); a printed document's --language wins, for its
    // charts.
    const QString documentLanguage = printsDocument(argc, argv) ? languageOption(argc, argv) : QString();
    if (documentLanguage.isEmpty())
        installTranslators(app);
    else
        installTranslators(app, documentLanguage);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    const auto usage = [&](const QString& message) {
        err << QStringLiteral("csm-workbench: ") << message << ' '
            << CliText::tr("(see csm-workbench --help)") << Qt::endl;
        return int(cli::ExitUsage);
    };

    // Global options may come before or after the command; everything else after the command is its own.
    QString bookPath;
    bool help = false;
    bool version = false;
    QString commandName;
    QStringList commandArgs;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--book")) {
            if (i + 1 >= args.size() || args[i + 1].isEmpty())
                return usage(CliText::tr("--book needs a file name."));
            bookPath = args[++i];
        } else if (a.startsWith(QLatin1String("--book="))) {
            bookPath = a.mid(7);
            if (bookPath.isEmpty())
                return usage(CliText::tr("--book needs a file name."));
        } else if (isHelp(a)) {
            help = true;
        } else if (isVersion(a)) {
            version = true;
        } else if (commandName.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            commandName = a;
        } else if (!commandName.isEmpty()) {
            commandArgs.append(a);
        } else {
            return usage(CliText::tr("unknown option '%1'.").arg(a));
        }
    }

    if (version) {
        out << QStringLiteral("csm-workbench %1").arg(QCoreApplication::applicationVersion()) << '\n'
            << CliText::tr("Book schema version %1").arg(Book::currentSchemaVersion()) << Qt::endl;
        return cli::ExitOk;
    }
    if (commandName == QLatin1String("help")) { // "csm-workbench help [command]"
        help = true;
        commandName = commandArgs.isEmpty() ? QString() : commandArgs.takeFirst();
    }
    const CommandSpec* command = commandName.isEmpty() ? nullptr : findCommand(commands(), commandName);
    if (!commandName.isEmpty() && !command)
        return usage(CliText::tr("unknown command '%1'.").arg(commandName));
    if (command && command->subcommands) {
        if (commandArgs.isEmpty() || commandArgs.first().startsWith(QLatin1Char('-'))) {
            if (help) {
                printSubcommands(out, *command);
                out.flush();
                return cli::ExitOk;
            }
            QStringList names;
            for (const auto& sub : command->subcommands())
                names << QLatin1String(sub.name);
            return usage(
                CliText::tr("%1: which one? %2.").arg(commandName, names.join(QStringLiteral(", "))));
        }
        const QString subName = commandArgs.takeFirst();
        const CommandSpec* sub = findCommand(command->subcommands(), subName);
        if (!sub)
            return usage(CliText::tr("unknown %1 '%2'.").arg(commandName, subName));
        command = sub;
        commandName += QLatin1Char(' ') + subName;
    }
    if (help) {
        if (command)
            printCommandHelp(out, *command, commandName);
        else
            printHelp(out);
        out.flush();
        return cli::ExitOk;
    }
    if (!command)
        return usage(CliText::tr("no command given."));

    Context ctx{
        QFileInfo(bookPath.isEmpty() ? defaultBookPath() : bookPath).absoluteFilePath(), {}, out, err};
    for (qsizetype i = 0; i < commandArgs.size(); ++i) {
        QString a = commandArgs[i];
        if (!a.startsWith(QLatin1String("--"))) {
            if (!command->argument || !ctx.argument.isEmpty())
                return usage(CliText::tr("%1: unexpected argument '%2'.").arg(commandName, a));
            ctx.argument = a;
            continue;
        }
        a = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); eq >= 0) {
            value = a.mid(eq + 1);
            a.truncate(eq);
            inlineValue = true;
        }
        const auto spec = std::find_if(command->options.begin(), command->options.end(),
                                       [&](const OptionSpec& o) { return a == QLatin1String(o.name); });
        if (spec == command->options.end())
            return usage(CliText::tr("%1: unknown option '--%2'.").arg(commandName, a));
        const bool several = spec->valueName && QByteArray(spec->valueName).endsWith("...");
        if (several) {
            QStringList list = ctx.lists.value(a);
            if (inlineValue)
                list << value;
            while (i + 1 < commandArgs.size() && !commandArgs[i + 1].startsWith(QLatin1String("--")))
                list << commandArgs[++i];
            if (list.isEmpty())
                return usage(CliText::tr("%1: --%2 needs a value (%3).")
                                 .arg(commandName, a, QLatin1String(spec->valueName)));
            ctx.lists.insert(a, list);
            continue;
        }
        if (spec->valueName && !inlineValue) {
            if (i + 1 >= commandArgs.size())
                return usage(CliText::tr("%1: --%2 needs a value (%3).")
                                 .arg(commandName, a, QLatin1String(spec->valueName)));
            value = commandArgs[++i];
        } else if (!spec->valueName && inlineValue) {
            return usage(CliText::tr("%1: --%2 takes no value.").arg(commandName, a));
        }
        ctx.values.insert(a, value);
    }
    const int code = command->run(ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace csm::app
