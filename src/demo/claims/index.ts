// Claims: facts about the model, stated in scenarios and lesson goals, checked against a state.
export {
  CLAIM_SCHEMAS,
  claimKind,
  claimListSchema,
  claimProblem,
  claimSchema,
  type Claim,
  type ClaimKind,
  type Claims,
} from './schema.js';
export { checkClaim, checkClaims, claimText, type ClaimResult } from './check.js';
