#pragma once

#include "basedata/DictItem.h"
#include "shell/Workspace.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ketong {

/// New / edit dictionary item (SPEC §5.6.1): 编号 (read-only), 类别★ (completes existing types), 条目★,
/// 值★, 是否可编辑. Saving goes through DictionaryService; a refusal highlights and focuses its field and
/// keeps everything typed.
class DictItemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictItemDialog)
public:
    /// `item.id` 0: a new item (its type preset to item.type).
    DictItemDialog(const Workspace& workspace, DictItem item, QWidget* parent = nullptr);
    ~DictItemDialog() override;

    /// The id saved (after accept()).
    qint64 savedId() const { return m_item.id; }

public Q_SLOTS:
    /// Validates and saves; closes on success.
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void highlight(const QString& field);
    QLineEdit* editorFor(const QString& field) const;

    const Workspace& m_workspace;
    DictItem m_item;
    QLabel* m_idLabel;
    QLabel* m_idValue;
    QLabel* m_typeLabel;
    QLabel* m_itemLabel;
    QLabel* m_valueLabel;
    QLineEdit* m_typeEdit;
    QLineEdit* m_itemEdit;
    QLineEdit* m_valueEdit;
    QCheckBox* m_editableCheck;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace ketong
