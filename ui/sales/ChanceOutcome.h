#pragma once

#include "common/Result.h"
#include "sales/SalesChance.h"
#include "shell/Workspace.h"

#include <QCoreApplication>

class QWidget;

namespace ketong {

/// 开发成功 and 终止开发 as the user goes through them, from the 执行计划 screen or the 客户开发计划 list:
/// confirm, call the core, report the result in the spec's words.
class ChanceOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChanceOutcome)
public:
    enum class Outcome { Done, Cancelled, Refused };

    /// Asks for what the new customer needs (SuccessDialog), then marks `chance` developed successfully (the
    /// core creates the customer). A refusal of the dialog's own fields stays in the dialog; any other is
    /// returned in `error` (not shown) so the caller can show it where it belongs.
    static Outcome succeed(QWidget* parent, const Workspace& workspace, const SalesChance& chance, Error* error);
    /// Asks, then archives `chance` as failed.
    static Outcome fail(QWidget* parent, const Workspace& workspace, const SalesChance& chance, Error* error);
};

} // namespace ketong
