#include "pdfstructure.h"

#include "core/log.h"

#include <QCoreApplication>

// qpdf 11: std::shared_ptr throughout, no PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <functional>
#include <vector>

namespace archbench::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::PdfReportRenderer)
};

QPDFObjectHandle text(const QString &s)
{
    return QPDFObjectHandle::newUnicodeString(s.toStdString());
}

QPDFObjectHandle number(qreal value)
{
    return QPDFObjectHandle::newReal(value, 2, true);
}

QPDFObjectHandle name(const char *n)
{
    return QPDFObjectHandle::newName(n);
}

/// D:YYYYMMDDHHmmSSZ
QPDFObjectHandle pdfDate(const QDateTime &when)
{
    return QPDFObjectHandle::newString(when.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString());
}

struct Sheet {
    QPDFObjectHandle page;
    qreal height = 0;  ///< of the media box, points
    qreal bottom = 0;  ///< lower edge of the media box
};

/// [page /XYZ left top null]: the view jumps to `top` and keeps the zoom.
QPDFObjectHandle destination(const Sheet &sheet, qreal top)
{
    QPDFObjectHandle d = QPDFObjectHandle::newArray();
    d.appendItem(sheet.page);
    d.appendItem(name("/XYZ"));
    d.appendItem(QPDFObjectHandle::newNull());
    d.appendItem(number(sheet.bottom + sheet.height - std::max<qreal>(0, top - 6)));
    d.appendItem(QPDFObjectHandle::newNull());
    return d;
}

struct OutlineNode {
    int entry = -1;
    std::vector<OutlineNode> children;
};

/// Counts the entries visible below `node` when it is open.
int visible(const OutlineNode &node, const QList<PdfOutlineEntry> &entries, int openLevels)
{
    int n = 0;
    for (const OutlineNode &c : node.children) {
        ++n;
        if (entries[c.entry].level < openLevels)
            n += visible(c, entries, openLevels);
    }
    return n;
}

} // namespace

core::Expected<QByteArray> addPdfStructure(const QByteArray &pdf, const PdfStructure &structure)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("report", pdf.constData(), size_t(pdf.size()));

        std::vector<Sheet> sheets;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
            const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
            sheets.push_back(Sheet{page.getObjectHandle(), box.ury - box.lly, box.lly});
        }
        auto sheet = [&](int page) -> const Sheet * {
            return page >= 0 && size_t(page) < sheets.size() ? &sheets[size_t(page)] : nullptr;
        };

        // Links: one /Link annotation per area, on its page.
        int links = 0;
        for (const PdfLinkArea &link : structure.links) {
            const Sheet *from = sheet(link.page);
            const PdfPlace to = structure.places.value(link.target);
            const Sheet *target = sheet(to.page);
            if (!from || !target || link.rect.isEmpty())
                continue;
            QPDFObjectHandle rect = QPDFObjectHandle::newArray();
            const qreal top = from->bottom + from->height;
            rect.appendItem(number(link.rect.left()));
            rect.appendItem(number(top - link.rect.bottom()));
            rect.appendItem(number(link.rect.right()));
            rect.appendItem(number(top - link.rect.top()));
            QPDFObjectHandle border = QPDFObjectHandle::newArray();
            for (int i = 0; i < 3; ++i)
                border.appendItem(QPDFObjectHandle::newInteger(0));
            QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
            annot.replaceKey("/Type", name("/Annot"));
            annot.replaceKey("/Subtype", name("/Link"));
            annot.replaceKey("/Rect", rect);
            annot.replaceKey("/Border", border);
            annot.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // printable
            annot.replaceKey("/Dest", destination(*target, to.top));
            QPDFObjectHandle page = from->page;
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(qpdf.makeIndirectObject(annot));
            ++links;
        }

        // Outline: a tree by level; the first two levels open (parts and items), the
        // sections of an item folded.
        OutlineNode root;
        std::vector<OutlineNode *> path{&root};
        std::vector<int> pathLevels{0};
        for (qsizetype i = 0; i < structure.outline.size(); ++i) {
            const PdfOutlineEntry &e = structure.outline[i];
            if (!sheet(e.place.page) || e.title.trimmed().isEmpty())
                continue;
            while (pathLevels.size() > 1 && pathLevels.back() >= e.level) {
                path.pop_back();
                pathLevels.pop_back();
            }
            path.back()->children.push_back(OutlineNode{int(i), {}});
            path.push_back(&path.back()->children.back());
            pathLevels.push_back(e.level);
        }
        const int openLevels = 2;
        std::function<void(const OutlineNode &, QPDFObjectHandle)> build = [&](const OutlineNode &node,
                                                                             QPDFObjectHandle parent) {
            std::vector<QPDFObjectHandle> items;
            for (const OutlineNode &c : node.children) {
                const PdfOutlineEntry &e = structure.outline[c.entry];
                QPDFObjectHandle item = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title", text(e.title.simplified()));
                item.replaceKey("/Parent", parent);
                item.replaceKey("/Dest", destination(*sheet(e.place.page), e.place.top));
                if (!c.children.empty()) {
                    build(c, item);
                    const int count = visible(c, structure.outline, openLevels);
                    item.replaceKey("/Count", QPDFObjectHandle::newInteger(e.level < openLevels ? count : -count));
                }
                items.push_back(item);
            }
            for (size_t k = 0; k < items.size(); ++k) {
                if (k > 0)
                    items[k].replaceKey("/Prev", items[k - 1]);
                if (k + 1 < items.size())
                    items[k].replaceKey("/Next", items[k + 1]);
            }
            if (!items.empty()) {
                parent.replaceKey("/First", items.front());
                parent.replaceKey("/Last", items.back());
            }
        };
        QPDFObjectHandle catalog = qpdf.getRoot();
        if (!root.children.empty()) {
            QPDFObjectHandle outlines = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", name("/Outlines"));
            build(root, outlines);
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(visible(root, structure.outline, openLevels)));
            catalog.replaceKey("/Outlines", outlines);
            catalog.replaceKey("/PageMode", name("/UseOutlines"));
        }
        QPDFObjectHandle viewer = QPDFObjectHandle::newDictionary();
        viewer.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        catalog.replaceKey("/ViewerPreferences", viewer);

        // Metadata.
        QPDFObjectHandle trailer = qpdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        auto set = [&info](const char *key, const QString &value) {
            if (value.trimmed().isEmpty())
                info.removeKey(key);
            else
                info.replaceKey(key, text(value.simplified()));
        };
        set("/Title", structure.title);
        set("/Author", structure.author);
        set("/Subject", structure.subject);
        set("/Keywords", structure.keywords.join(QStringLiteral(", ")));
        info.replaceKey("/Creator", text(QStringLiteral("Archbench")));
        if (structure.created.isValid()) {
            info.replaceKey("/CreationDate", pdfDate(structure.created));
            info.replaceKey("/ModDate", pdfDate(structure.created));
        }

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        AB_LOG_DEBUG("report: PDF structure added ({} outline entries, {} links)", structure.outline.size(), links);
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        AB_LOG_ERROR("report: adding the PDF outline and links failed: {}", e.what());
        return core::makeError(core::ErrorCode::Other,
                               Text::tr("The PDF's outline and links could not be added: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace archbench::ui
