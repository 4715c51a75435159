#pragma once

#include "salestarget/domain/ProgressEntry.h"

#include <QObject>
#include <QUndoCommand>

#include <map>

namespace st {

class PlanDocument;

/// Where a re-created entry went. Undoing a delete (or redoing an add) re-adds the entry asking
/// for its old id; when the storage gives it a new one instead, later commands that still hold
/// the old id find the entry through this map. One per document (created on first use, cleared
/// when another file is opened); identity when the storage honours ids.
class EntryIdAliases final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryIdAliases)

public:
    /// The map of `document` (a child object of it).
    static EntryIdAliases *of(PlanDocument *document);

    /// The id the entry first known as `id` has now.
    EntryId resolve(EntryId id) const;
    /// Records that the entry asked for as `requested` was stored as `stored`.
    void record(EntryId requested, EntryId stored);

private:
    explicit EntryIdAliases(PlanDocument *document);

    std::map<EntryId, EntryId> m_next;
};

/// Adds one progress entry (the quick-entry form). The first redo stores it and keeps what was
/// stored (id, defaults, who/when); undo deletes it; a later redo re-creates that same entry.
class AddEntryCommand final : public QUndoCommand
{
public:
    AddEntryCommand(PlanDocument *document, const ProgressEntry &entry, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The entry as stored (id 0 before the first redo, or when it failed).
    const ProgressEntry &entry() const { return m_entry; }
    /// Its id now (after undo/redo it may differ from entry().id when the storage renumbered it).
    EntryId currentId() const;

private:
    PlanDocument *m_document;
    ProgressEntry m_entry;
};

/// Replaces one entry by `after` (an edit in the table); undo puts `before` back.
class EditEntryCommand final : public QUndoCommand
{
public:
    EditEntryCommand(PlanDocument *document, const ProgressEntry &before, const ProgressEntry &after,
                     const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    ProgressEntry m_before;
    ProgressEntry m_after;
    bool m_done = false;
};

/// Deletes one entry; undo re-creates it (same values, asking for the same id).
class DeleteEntryCommand final : public QUndoCommand
{
public:
    DeleteEntryCommand(PlanDocument *document, const ProgressEntry &entry, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    ProgressEntry m_entry;
    bool m_done = false;
};

} // namespace st
