#pragma once

#include "shell/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class ListPanel;

/// 数据字典管理 (SPEC §5.6.1, administrator): filters 类别 / 条目 / 值, the list (编号, 类别, 条目, 值,
/// 是否可编辑), 新建, 编辑 and 删除 — the last two only for editable items. Enter edits, Del deletes,
/// Ctrl+N creates. Dialogs open window-modal (tests find them as children).
class DictionaryPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictionaryPage)
public:
    DictionaryPage(const Workspace& workspace, QWidget* parent = nullptr);
    ~DictionaryPage() override;

    ListPanel* list() const { return m_list; }

public Q_SLOTS:
    void search();
    void newItem();
    void editItem(qint64 id);
    void deleteItem(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadTypes();
    void updateActions();
    bool currentEditable() const;

    const Workspace& m_workspace;
    QLabel* m_typeLabel;
    QComboBox* m_typeCombo;
    QLabel* m_itemLabel;
    QLineEdit* m_itemEdit;
    QLabel* m_valueLabel;
    QLineEdit* m_valueEdit;
    QPushButton* m_searchButton;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    ListPanel* m_list;
};

} // namespace ketong
