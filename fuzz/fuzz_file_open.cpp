// libFuzzer: the file-open path over arbitrary bytes. Each input is written to a temporary
// .archbench file and read with every check (readProjectFile); what is accepted must also
// open as a ProjectFile (working copy, lock) and convert to JSON. Whatever happens, the file
// must be byte-identical afterwards and nothing may appear beside it.
#include "core/interchange/interchange.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

using namespace archbench::core;

namespace {

QString g_dir;
QString g_path;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_file_open: %s\n", what);
    std::abort();
}

QStringList neighbours()
{
    return QDir(g_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    static QTemporaryDir dir;
    static QTemporaryDir working;
    g_dir = dir.path();
    g_path = dir.filePath(QStringLiteral("input.archbench"));
    ProjectFile::setWorkingDirectory(working.path());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(g_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            fail("cannot write the input file");
    }
    const QStringList before = neighbours();

    auto read = readProjectFile(g_path);
    if (read) {
        interchange::toJson(*read);
        auto opened = ProjectFile::open(g_path);
        if (!opened)
            fail("readProjectFile accepted a file that ProjectFile::open refuses");
        if (!((*opened)->project()->data() == *read))
            fail("ProjectFile::open and readProjectFile disagree");
    } else if (read.error().message.isEmpty()) {
        fail("a refusal without a message");
    }

    QFile check(g_path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        fail("the input file was modified");
    if (neighbours() != before)
        fail("a file appeared beside the input");
    return 0;
}
