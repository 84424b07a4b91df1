// Benchmark of the team server (issue 18 §7) on a throwaway PostgreSQL 15 cluster that it
// starts and stops itself (tests/server/pgcluster.sh; as root the cluster runs as `postgres`):
//   - 20 clients (20 users), each making 50 small saves, half to one shared project and half
//     to its own, every save adding one tag through saveMerging(): every committed edit must be
//     present at the end (counted), conflicts are detected and merged; throughput and the
//     p50/p95/max save latency are printed;
//   - publish, fetch and save of the 500-decision project;
//   - the project list of a user who is a member of 1,000 projects, under 1 s.
// Exits 1 when an edit is missing or the list is over budget.
//
//   build/release/benchmarks/bench_server [--clients 20] [--saves 50] [--runs 5]
#include "benchtiming.h"
#include "syntheticproject.h"

#include "core/server/serverschema.h"
#include "core/server/serversync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::server;

namespace {

struct Cluster {
    QString state;
    QString dir;
    bool start()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(ARCHBENCH_PGCLUSTER_SCRIPT), {QStringLiteral("start"), state});
        if (!p.waitForFinished(180000) || p.exitCode() != 0)
            return false;
        QFile f(state);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        dir = QString::fromUtf8(f.readLine()).trimmed(); // then the port: 5432, the default
        return true;
    }
    ~Cluster()
    {
        QProcess p;
        p.start(QStringLiteral(ARCHBENCH_PGCLUSTER_SCRIPT), {QStringLiteral("stop"), state});
        p.waitForFinished(60000);
    }
    ServerUrl url(const QString &user) const
    {
        return *ServerUrl::parse(QStringLiteral("postgresql://%1@/archbench?host=%2").arg(user, dir));
    }
    std::unique_ptr<ServerConnection> connect(const QString &user) const
    {
        auto c = ServerConnection::open(url(user));
        if (!c) {
            std::fprintf(stderr, "bench_server: %s\n", qPrintable(c.error().message));
            std::exit(2);
        }
        return std::move(*c);
    }
};

ProjectData smallProject(const QString &id)
{
    ProjectData data = bench::syntheticProject({.decisions = 5, .criteria = 6, .options = 4, .reviews = 1,
                                                .lensQuestions = 10, .drills = 2, .costModels = 2});
    data.project.id = id;
    data.project.name = id;
    return data;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients."), QStringLiteral("N"),
                                     QStringLiteral("20"));
    QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Saves per client."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of the timed steps."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    parser.addOptions({clientsOption, savesOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int saves = parser.value(savesOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir work;
    Cluster cluster{work.filePath(QStringLiteral("cluster.state")), {}};
    if (!cluster.start()) {
        std::fprintf(stderr, "bench_server: the PostgreSQL cluster did not start\n");
        return 2;
    }
    {
        auto admin = cluster.connect(QStringLiteral("archadmin"));
        if (!initServerSchema(*admin))
            return 2;
        auto super = cluster.connect(QStringLiteral("postgres"));
        for (int i = 0; i < std::max(clients, 1); ++i)
            (void)super->execScript(QStringLiteral("CREATE ROLE u%1 LOGIN").arg(i));
    }
    auto user = [](int i) { return QStringLiteral("u%1").arg(i); };

    // --- 1. concurrent saves --------------------------------------------------------------
    {
        auto owner = cluster.connect(user(0));
        TeamServer server(*owner);
        if (!server.publish(smallProject(QStringLiteral("shared"))))
            return 2;
        for (int i = 1; i < clients; ++i)
            (void)server.grant(QStringLiteral("shared"), ProjectRole::Editor, user(i));
    }
    std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
    std::atomic<int> failures{0}, retries{0}, mergedSaves{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<QThread *> threads;
    for (int c = 0; c < clients; ++c) {
        threads.push_back(QThread::create([&, c] {
            auto db = ServerConnection::open(cluster.url(user(c)));
            if (!db) {
                ++failures;
                return;
            }
            TeamServer server(**db);
            const QString own = QStringLiteral("own-%1").arg(c);
            ProjectData mine = smallProject(own);
            if (!server.publish(mine)) {
                ++failures;
                return;
            }
            qint64 ownVersion = 1;
            auto shared = server.fetch(QStringLiteral("shared"));
            if (!shared) {
                ++failures;
                return;
            }
            ProjectData sharedData = shared->data;
            qint64 sharedVersion = shared->version;
            for (int s = 0; s < saves; ++s) {
                const bool toShared = s % 2 == 0;
                ProjectData &data = toShared ? sharedData : mine;
                qint64 &version = toShared ? sharedVersion : ownVersion;
                data.project.tags.append(QStringLiteral("c%1-s%2").arg(c).arg(s));
                QElapsedTimer t;
                t.start();
                auto synced = saveMerging(server, toShared ? QStringLiteral("shared") : own, version, data, 200);
                latencies[size_t(c)].push_back(double(t.nsecsElapsed()) / 1e6);
                if (!synced) {
                    std::fprintf(stderr, "bench_server: client %d: %s\n", c, qPrintable(synced.error().message));
                    ++failures;
                    return;
                }
                retries += synced->attempts - 1;
                mergedSaves += synced->attempts > 1 ? 1 : 0;
                data = synced->saved;
                version = synced->version;
            }
        }));
        threads.back()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    int missing = failures.load();
    {
        auto db = cluster.connect(user(0));
        TeamServer server(*db);
        const int sharedExpected = clients * ((saves + 1) / 2);
        auto shared = server.fetch(QStringLiteral("shared"));
        auto counted = [](const ProjectData &p) {
            return int(std::count_if(p.project.tags.begin(), p.project.tags.end(),
                                     [](const QString &t) { return t.startsWith(QLatin1Char('c')) && t.contains(QLatin1String("-s")); }));
        };
        const int sharedTags = shared ? counted(shared->data) : 0;
        missing += sharedExpected - sharedTags;
        int ownTags = 0;
        for (int c = 0; c < clients; ++c) {
            auto own = cluster.connect(user(c));
            auto p = TeamServer(*own).fetch(QStringLiteral("own-%1").arg(c));
            ownTags += p ? counted(p->data) : 0;
        }
        const int ownExpected = clients * (saves / 2);
        missing += ownExpected - ownTags;
        std::printf("concurrent saves: %d clients x %d saves = %zu saves in %.1f s (%.0f saves/s)\n", clients, saves,
                    all.size(), seconds, double(all.size()) / seconds);
        std::printf("  save latency (merge retries included): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1.0));
        std::printf("  shared project: %d of %d edits present, version %lld; own projects: %d of %d edits present\n",
                    sharedTags, sharedExpected, shared ? shared->version : 0LL, ownTags, ownExpected);
        std::printf("  %d saves found the server moved on and merged (%d retries in all), %d failures\n",
                    mergedSaves.load(), retries.load(), failures.load());
    }

    // --- 2. the 500-decision project ------------------------------------------------------
    {
        const ProjectData big = bench::syntheticProject();
        auto db = cluster.connect(user(0));
        TeamServer server(*db);
        int n = 0;
        bench::medianMs("publish the 500-decision project", [&] {
            ProjectData p = big;
            p.project.id = QStringLiteral("big-%1").arg(n++);
            if (!server.publish(p))
                std::exit(2);
        }, runs);
        bench::medianMs("fetch the 500-decision project", [&] {
            if (!server.fetch(QStringLiteral("big-0")))
                std::exit(2);
        }, runs);
        qint64 version = 1;
        ProjectData changed = big;
        changed.project.id = QStringLiteral("big-0");
        bench::medianMs("save one changed score of the 500-decision project", [&] {
            changed.decisions[0].scores[0].value = changed.decisions[0].scores[0].value == 1 ? 2 : 1;
            auto synced = saveMerging(server, QStringLiteral("big-0"), version, changed);
            if (!synced)
                std::exit(2);
            version = synced->version;
        }, runs);
    }

    // --- 3. the list of 1,000 projects -----------------------------------------------------
    double listMs = 0;
    {
        auto db = cluster.connect(QStringLiteral("u%1").arg(clients > 1 ? 1 : 0));
        TeamServer server(*db);
        const ProjectData tiny = [] {
            ProjectData p;
            p.project.name = QStringLiteral("Project");
            return p;
        }();
        int have = int(server.projects()->size());
        for (int i = have; i < 1000; ++i) {
            ProjectData p = tiny;
            p.project.id = QStringLiteral("list-%1").arg(i);
            p.project.name = QStringLiteral("Project %1").arg(i);
            if (!server.publish(p))
                return 2;
        }
        listMs = bench::medianMs("list 1,000 projects", [&] {
            auto list = server.projects();
            if (!list || list->size() < 1000)
                std::exit(2);
        }, runs);
    }
    if (missing != 0) {
        std::printf("FAILED: %d edits missing or failed\n", missing);
        return 1;
    }
    if (listMs > 1000) {
        std::printf("FAILED: the list of 1,000 projects took %.0f ms (budget 1,000 ms)\n", listMs);
        return 1;
    }
    return 0;
}
