// Where-Object: a script block filter, or the simplified syntax (`Where Name -like T*`).
import type { BinaryOperator } from '../ast.js';
import { getMember, isTrue, toText, unroll } from '../runtime/conversions.js';
import { applyBinary } from '../runtime/operators.js';

import { isScriptBlock } from '../runtime/values.js';
import type { CmdletDefinition } from './definition.js';
import { CORE, inputObject, inputOf, runFilter, sw } from './object-common.js';

/** The simplified syntax's operator switches (`Where RuntimeType -eq HyperV`). */
const WHERE_OPERATORS: readonly [string, BinaryOperator][] = [
  ['EQ', 'eq'],
  ['CEQ', 'ceq'],
  ['NE', 'ne'],
  ['CNE', 'cne'],
  ['GT', 'gt'],
  ['CGT', 'cgt'],
  ['LT', 'lt'],
  ['CLT', 'clt'],
  ['GE', 'ge'],
  ['CGE', 'cge'],
  ['LE', 'le'],
  ['CLE', 'cle'],
  ['Like', 'like'],
  ['CLike', 'clike'],
  ['NotLike', 'notlike'],
  ['CNotLike', 'cnotlike'],
  ['Match', 'match'],
  ['CMatch', 'cmatch'],
  ['NotMatch', 'notmatch'],
  ['CNotMatch', 'cnotmatch'],
  ['Contains', 'contains'],
  ['NotContains', 'notcontains'],
  ['In', 'in'],
  ['NotIn', 'notin'],
];

const WHERE_PROPERTY_SET = 'PropertySet';

export const whereObject: CmdletDefinition = {
  name: 'Where-Object',
  className: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  module: CORE,
  synopsis:
    "Keeps the objects for which a script block is true: where {$_.ProcessName -eq 'csrss'}.",
  // Two families of parameter sets: the script block one, and the simplified syntax's
  // (Property at 0, Value at 1, one operator switch). Once Property is bound, a second
  // positional argument is the Value, never a FilterScript.
  parameters: [
    {
      name: 'FilterScript',
      type: 'scriptblock',
      typeName: 'System.Management.Automation.ScriptBlock',
      position: 0,
      accepts: isScriptBlock,
      sets: ['ScriptBlockSet'],
      help: 'A condition on $_.',
    },
    {
      name: 'Property',
      type: 'string',
      typeName: 'System.String',
      position: 0,
      accepts: (v) => !isScriptBlock(v),
      sets: [WHERE_PROPERTY_SET],
      help: 'Simplified syntax: Where RuntimeType -eq HyperV.',
    },
    {
      name: 'Value',
      type: 'object',
      typeName: 'System.Object',
      position: 1,
      sets: [WHERE_PROPERTY_SET],
    },
    inputObject,
    ...WHERE_OPERATORS.map(([name]) => sw(name, { sets: [WHERE_PROPERTY_SET] })),
    sw('Is', { sets: [WHERE_PROPERTY_SET] }),
    sw('IsNot', { sets: [WHERE_PROPERTY_SET] }),
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const items = inputOf(invocation).flatMap(unroll);
    const filter = bound.get('FilterScript')?.value;
    if (filter && isScriptBlock(filter)) {
      return items.filter((item) => isTrue([...runFilter(invocation, filter.body, item)]));
    }
    const property = bound.get('Property');
    if (!property) return items;
    const name = toText(property.value);
    const operator = WHERE_OPERATORS.find(([switchName]) => bound.get(switchName)?.value)?.[1];
    const value = bound.get('Value')?.value ?? null;
    return items.filter((item) => {
      const actual = getMember(item, name);
      return operator ? isTrue(applyBinary(operator, actual, value)) : isTrue(actual);
    });
  },
};

// ---------------------------------------------------------------- Sort-Object
