#pragma once
// Logging goes through spdlog behind these macros, so the sink set-up (console, rotating file,
// the failing sink in tests) is decided in one place. QString is formattable directly.

#include <QString>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename Ctx> auto format(const QString &s, Ctx &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

#define AB_LOG_DEBUG(...) spdlog::debug(__VA_ARGS__)
#define AB_LOG_INFO(...) spdlog::info(__VA_ARGS__)
#define AB_LOG_WARN(...) spdlog::warn(__VA_ARGS__)
#define AB_LOG_ERROR(...) spdlog::error(__VA_ARGS__)
