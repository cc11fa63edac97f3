#pragma once

#include "shell/Workspace.h"

#include <QTabWidget>

namespace ketong {

class DictionaryPage;
class FeedSettingsPage;

/// The administrator's 基础数据 page (right 021): the data dictionary and the sales-system feed, as tabs.
/// (The navigation shows one page per right; the feed's products and stock live in 基础数据 too.)
class BaseDataAdminPage : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaseDataAdminPage)
public:
    BaseDataAdminPage(const Workspace& workspace, QWidget* parent = nullptr);
    ~BaseDataAdminPage() override;

    DictionaryPage* dictionary() const { return m_dictionary; }
    FeedSettingsPage* feed() const { return m_feed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    DictionaryPage* m_dictionary;
    FeedSettingsPage* m_feed;
};

} // namespace ketong
