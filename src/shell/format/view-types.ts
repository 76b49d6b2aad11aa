// The shapes of a view: a table's columns or a list's fields, keyed so that objects with the
// same view share one table.
import type { PSObject } from '../runtime/values.js';
import type { ListField } from './list.js';
import type { ColumnSpec } from './table.js';

export interface ViewColumn extends ColumnSpec {
  /** The cell text for one object. */
  readonly value: (obj: PSObject) => string;
}

export interface TableView {
  readonly kind: 'table';
  /** Objects with the same key share one table (one header). */
  readonly key: string;
  readonly columns: readonly ViewColumn[];
  /**
   * Column widths come from the content: max(label, longest cell) over the rows. PowerShell
   * auto-sizes a table whose first column has no width (the 300 ms group cache of
   * OutCommandInner); views without widths (the Containers module's) and objects without a
   * view get this.
   */
  readonly autoSize: boolean;
  /** Lines before the table's header: a GroupBy label (Get-Member's `   TypeName: X`, ''). */
  readonly groupHeader?: readonly string[];
}

export interface ListView {
  readonly kind: 'list';
  readonly key: string;
  readonly fields: (obj: PSObject) => ListField[];
}

export type View = TableView | ListView;
