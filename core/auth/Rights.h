#pragma once

#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace ketong {

/// The right codes of SPEC §2.3. A role holds page rights; folders group them in the menu tree.
namespace Rights {
inline constexpr QLatin1String Root{"001"};
inline constexpr QLatin1String Marketing{"002"};
inline constexpr QLatin1String CustomerFolder{"003"};
inline constexpr QLatin1String ServiceFolder{"004"};
inline constexpr QLatin1String ReportFolder{"005"};
inline constexpr QLatin1String BaseDataFolder{"006"};
inline constexpr QLatin1String PermissionFolder{"007"};
inline constexpr QLatin1String SalesChances{"008"};
inline constexpr QLatin1String DevelopmentPlans{"009"};
inline constexpr QLatin1String Customers{"010"};
inline constexpr QLatin1String Churn{"011"};
inline constexpr QLatin1String ServiceCreate{"012"};
inline constexpr QLatin1String ServiceAssign{"013"};
inline constexpr QLatin1String ServiceHandle{"014"};
inline constexpr QLatin1String ServiceFeedback{"015"};
inline constexpr QLatin1String ServiceArchive{"016"};
inline constexpr QLatin1String ContributionReport{"017"};
inline constexpr QLatin1String CompositionReport{"018"};
inline constexpr QLatin1String ServiceReport{"019"};
inline constexpr QLatin1String ChurnReport{"020"};
inline constexpr QLatin1String Dictionary{"021"};
inline constexpr QLatin1String Products{"022"};
inline constexpr QLatin1String Stock{"023"};
inline constexpr QLatin1String Permissions{"024"};
} // namespace Rights

/// The four kinds of role of the seed. Every role (built-in or made by the administrator) has one kind;
/// the kind decides data scope (a manager works on their own records, a director on all) and, on
/// PostgreSQL, the group role its accounts belong to.
enum class RoleKind { Admin, Director, Manager, Executive };

KETONG_CORE_EXPORT QString roleKindKey(RoleKind kind); ///< "admin", "director"…
KETONG_CORE_EXPORT std::optional<RoleKind> roleKindFromKey(const QString& key);

/// The rights tree of SPEC §2.3 and the role × right matrix of SPEC §2.2, as the program knows them.
class KETONG_CORE_EXPORT RightCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ketong::RightCatalog)
public:
    struct Entry
    {
        QLatin1String code;
        QLatin1String parent; ///< empty for the root
        bool folder;
        const char* chineseLabel; ///< stored in the database (rights.label), as the spec names it
        const char* englishLabel; ///< translated with tr() for display
        int sortOrder;
    };

    /// Every right, parents before children.
    static const QList<Entry>& entries();
    /// The label of a right in the current language.
    static QString label(const QString& code);
    /// The page rights the built-in role of `kind` holds (SPEC §2.2).
    static QList<QLatin1String> defaultRights(RoleKind kind);
    /// Whether a role of `kind` may hold the page right `code` (SPEC §9 items 12, 13): the administrator's kind
    /// holds only the dictionary and the permissions pages — no business right, since the administrator sees no
    /// customer data —, and the business kinds never hold those two (their database groups cannot write accounts or
    /// the dictionary). Folders are allowed to every kind.
    static bool allowedFor(RoleKind kind, const QString& code);
    /// The built-in role name (Chinese, as stored) of a kind.
    static QString builtinRoleName(RoleKind kind);
    /// The built-in role's description (Chinese, as stored, like its name): its duties after SPEC §2.1.
    static QString builtinRoleDescription(RoleKind kind);
    /// The role kind's name in the current language.
    static QString kindLabel(RoleKind kind);
    /// A role's name as people read it: a built-in role's name (stored in Chinese, builtinRoleName) in the
    /// current language, every other name as entered. With `kind`, only the built-in name of that kind is
    /// translated (a role of another kind that was given the name stays as entered).
    static QString roleLabel(const QString& storedName, std::optional<RoleKind> kind = std::nullopt);
    /// A role's description likewise: a built-in role's unchanged description in the current language.
    static QString roleDescriptionLabel(const QString& storedDescription, RoleKind kind);
};

} // namespace ketong
