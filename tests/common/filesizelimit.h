#pragma once
// A disk that fills up, without root: while a FileSizeLimit is alive, writes past `bytes` in
// any file fail the way a full disk does (a short write, then an error: EFBIG instead of
// ENOSPC), because the process's RLIMIT_FSIZE is lowered and SIGXFSZ ignored.

#include <csignal>
#include <sys/resource.h>

namespace archbench::test {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_active = getrlimit(RLIMIT_FSIZE, &m_old) == 0 && (m_old.rlim_max == RLIM_INFINITY || m_old.rlim_max >= bytes);
        if (!m_active)
            return;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_old;
        lowered.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        if (!m_active)
            return;
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool active() const { return m_active; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace archbench::test
