// CSM_STARTUP_PROBE=1 (set by csm-bench, see docs/PERFORMANCE.md): the benchmark's measurement of start-up.
// Installed before main() runs through Q_COREAPP_STARTUP_FUNCTION; does nothing unless the variable is set.

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <ctime>

namespace {

// CSM_STARTUP_PROBE=1 (set by csm-bench, see docs/PERFORMANCE.md): prints the monotonic clock at the first
// shown window and when the accounts list first shows rows, with the process's memory, then quits.
class StartupProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_shownNs && event->type() == QEvent::Show && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->isWindow()) {
            m_shownNs = now();
            m_window = static_cast<QWidget*>(watched);
            auto* poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, &StartupProbe::poll);
            poll->start(2);
            QTimer::singleShot(60000, this, [this] { finish(0); });
        }
        return false;
    }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    static bool isAccountsList(const QAbstractItemModel* model)
    {
        for (; model; model = qobject_cast<const QAbstractProxyModel*>(model)
                                  ? static_cast<const QAbstractProxyModel*>(model)->sourceModel()
                                  : nullptr) {
            if (model->inherits("csm::AccountsModel"))
                return true;
        }
        return false;
    }

    void poll()
    {
        const auto views = m_window->findChildren<QAbstractItemView*>();
        for (const QAbstractItemView* view : views) {
            if (view->isVisible() && isAccountsList(view->model()) && view->model()->rowCount() > 0)
                return finish(view->model()->rowCount());
        }
    }

    void finish(int rows)
    {
        QByteArray memory;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    memory += " rss_mb=" +
                              QByteArray::number(line.mid(6).trimmed().split(' ')[0].toDouble() / 1024);
                if (line.startsWith("VmHWM:"))
                    memory += " peak_mb=" +
                              QByteArray::number(line.mid(6).trimmed().split(' ')[0].toDouble() / 1024);
            }
        }
        QTextStream(stdout) << "csm-startup-probe shown_ns=" << m_shownNs
                            << " listed_ns=" << (rows ? now() : 0) << " rows=" << rows << memory << Qt::endl;
        QCoreApplication::exit(0);
    }

    qint64 m_shownNs = 0;
    QWidget* m_window = nullptr;
};

void installStartupProbe()
{
    if (qEnvironmentVariableIsSet("CSM_STARTUP_PROBE"))
        QCoreApplication::instance()->installEventFilter(new StartupProbe(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installStartupProbe)
