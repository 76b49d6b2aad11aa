// The model refuses an action (start a running container, convert a Server Core image…):
// the Containers module reports it as an error record in its own style. The sources record
// none of these texts, so they follow the one TP5 sample ('test2' failed to start. …) and
// Hyper-V's wording for state errors.
import type { Extent } from '../ast.js';
import type { ModelError, ModelErrorCode, SimError, SimErrorCode } from '../../sim/index.js';
import { cmdletSite } from '../runtime/errors/catalogue.js';
import { buildRecord, type ErrorRecord, type ErrorShape } from '../runtime/errors/error-record.js';
import type { CmdletDefinition } from './definition.js';

const SHAPES: Record<SimErrorCode, ErrorShape> = {
  ContainerNotFound: {
    category: 'ObjectNotFound',
    exceptionType: 'VirtualizationException',
    errorId: 'ObjectNotFound',
  },
  ContainerNameInUse: {
    category: 'ResourceExists',
    exceptionType: 'VirtualizationException',
    errorId: 'ObjectExists',
  },
  ImageNotFound: {
    category: 'ObjectNotFound',
    exceptionType: 'VirtualizationException',
    errorId: 'ObjectNotFound',
  },
  SwitchNotFound: {
    category: 'ObjectNotFound',
    exceptionType: 'VirtualizationException',
    errorId: 'ObjectNotFound',
  },
  AlreadyRunning: {
    category: 'InvalidOperation',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidState',
  },
  NotRunning: {
    category: 'InvalidOperation',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidState',
  },
  RemoveRequiresOff: {
    category: 'InvalidOperation',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidState',
  },
  HyperVRequiresNano: {
    category: 'InvalidArgument',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidParameter',
  },
  ConversionRequiresNano: {
    category: 'InvalidOperation',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidParameter',
  },
  ConversionRequiresOff: {
    category: 'InvalidOperation',
    exceptionType: 'VirtualizationException',
    errorId: 'InvalidState',
  },
  ProcessNotFound: {
    category: 'ObjectNotFound',
    exceptionType: 'VirtualizationException',
    errorId: 'ObjectNotFound',
  },
};

const state = (errorId: string): ErrorShape => ({
  category: 'InvalidOperation',
  exceptionType: 'VirtualizationException',
  errorId,
});

/** The newer actions' codes (images, adapters): Hyper-V's wording styles, as above. */
const MODEL_SHAPES: Record<Exclude<ModelErrorCode, SimErrorCode>, ErrorShape> = {
  ImageNameInUse: { ...SHAPES.ContainerNameInUse },
  ImageInUse: state('InvalidState'),
  ImageHasChildren: state('InvalidState'),
  ImageIsOSImage: state('InvalidOperation'),
  ImageHasTags: state('InvalidState'),
  CaptureRequiresOff: state('InvalidState'),
  AdapterNotFound: { ...SHAPES.ContainerNotFound },
  AdapterChangeRequiresOff: state('InvalidState'),
  InvalidArgument: { ...SHAPES.HyperVRequiresNano },
};

export function modelShape(code: ModelErrorCode): ErrorShape {
  return code in SHAPES
    ? SHAPES[code as SimErrorCode]
    : MODEL_SHAPES[code as Exclude<ModelErrorCode, SimErrorCode>];
}

/** A record the module writes itself: the whole command marked, the cmdlet's class. */
export function moduleRecord(
  cmdlet: CmdletDefinition,
  message: string,
  shape: ErrorShape,
  extent: Extent,
  typed?: string,
): ErrorRecord {
  return buildRecord(shape, cmdletSite(cmdlet, extent, typed), message);
}

export function modelErrorRecord(
  cmdlet: CmdletDefinition,
  error: SimError | ModelError,
  extent: Extent,
  typed?: string,
): ErrorRecord {
  return moduleRecord(cmdlet, error.message, modelShape(error.code), extent, typed);
}

export function containerNameNotFound(
  cmdlet: CmdletDefinition,
  name: string,
  extent: Extent,
  typed?: string,
): ErrorRecord {
  return moduleRecord(
    cmdlet,
    `Unable to find a container with name '${name}'.`,
    SHAPES.ContainerNotFound,
    extent,
    typed,
  );
}

/** Characters Windows refuses in a file name, which a container's name becomes. */
// eslint-disable-next-line no-control-regex -- control characters are among them
const NAME_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/;

/**
 * Why the Containers module would refuse `name` for a new container, or null. (The empty
 * name never gets here: [ValidateNotNullOrEmpty] on -Name refuses it while binding.)
 */
export function containerNameProblem(name: string): string | null {
  if (name.trim() === '')
    return `The name '${name}' is not a valid container name: it cannot be blank.`;
  if (NAME_FORBIDDEN.test(name))
    return (
      `The name '${name}' is not a valid container name: ` +
      'it cannot contain \\ / : * ? " < > | or control characters.'
    );
  return null;
}

export function invalidContainerName(
  cmdlet: CmdletDefinition,
  problem: string,
  extent: Extent,
  typed?: string,
): ErrorRecord {
  return moduleRecord(cmdlet, problem, SHAPES.HyperVRequiresNano, extent, typed);
}
