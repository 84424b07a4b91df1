// libFuzzer: reading an ADR file never crashes; every refusal has a message; whatever is
// accepted becomes a project that validate() accepts (an import never produces a file that
// Archbench itself would refuse), and that project exports as an ADR folder and reads back
// without a crash.
#include "core/interchange/interchange.h"
#include "core/report/adrfolder.h"
#include "core/report/adrimport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

using namespace archbench::core;

namespace {
[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_adr_import: %s %s\n", what, qPrintable(detail));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto record = readAdrRecord(QStringLiteral("0001-fuzzed.md"), bytes);
    if (!record) {
        if (record.error().message.isEmpty())
            fail("a refusal without a message");
        return 0;
    }
    AdrFolder folder;
    folder.folder = QStringLiteral("/fuzzed");
    folder.records << *record;
    const ProjectData project = projectFromAdrFolder(folder);
    if (auto valid = interchange::validate(project); !valid)
        fail("an imported project that validate() refuses:", valid.error().message);
    // a second record with the same content is matched, never added
    ProjectData again = project;
    if (!syncAdrFolder(again, folder).added.isEmpty())
        fail("a re-import added a decision");
    QTemporaryDir dir;
    if (auto written = exportAdrFolder(project, dir.path()); written) {
        auto back = readAdrFolder(dir.path());
        if (!back)
            fail("the exported folder cannot be read:", back.error().message);
    }
    return 0;
}
