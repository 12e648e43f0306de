/**
 * Domain types derived from the generated API types (src/api/generated), never written by hand.
 * They are read from the operations' responses, not from schema names, and made complete
 * (every property present, `null` kept where the contract allows it), so the UI compiles the
 * same whether a service's document marks its properties required or not.
 */
import type { paths as PanelPaths } from './generated/panel';
import type { paths as InitiativePaths } from './generated/initiative';
import type { paths as PracticePaths } from './generated/practice';

export type Complete<T> = T extends readonly (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
    : T;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type Created<Op> = Op extends { responses: { 201: infer R } } ? JsonOf<R> : never;
type BodyOf<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

type PageOf<T> = { items: T[]; page: number; size: number; totalItems: number; totalPages: number };

/**
 * The services' action names (their `*Action` enums, see /work/notes/ALLOWED-ACTIONS.md): what
 * the calling user may do with a resource or a list's scope, computed by the service.
 */
export const PANEL_ACTIONS = [
  'VIEW_CITIES',
  'VIEW_PANEL_SUMMARIES',
  'CREATE_PANEL',
  'ADD_MEMBER',
  'VIEW_MEMBERS',
  'VIEW_PANEL',
  'EDIT_PANEL',
  'CHANGE_PANEL_STATUS',
  'VIEW_POPULATION_GROUPS',
  'EDIT_MEMBER',
  'REMOVE_MEMBER',
  'RECORD_CONSENT',
  'WITHDRAW_CONSENT',
  'VIEW_SESSIONS',
  'PLAN_SESSION',
  'CHANGE_SESSION',
  'RECORD_ATTENDANCE',
  'HOLD_SESSION',
  'CANCEL_SESSION',
  'EXPORT_OWN_DATA',
  'ERASE_MEMBER',
  'VIEW_PERSONAL_DATA_AUDIT',
  'EDIT_CITY',
  'VIEW_BALANCE_RULES',
  'EDIT_BALANCE_RULES',
  'VIEW_BALANCE_DETAIL',
  'VIEW_POOL',
  'MANAGE_POOL',
  'IMPORT_POOL',
  'RUN_DRAW',
  'CONFIRM_DRAW',
  'VIEW_DRAW_AUDIT',
  // Member accounts: a member's link to a Keycloak account.
  'SEARCH_MEMBER_ACCOUNTS',
  'LINK_MEMBER_ACCOUNT',
  'UNLINK_MEMBER_ACCOUNT',
  'INVITE_MEMBER_ACCOUNT',
] as const;
export const INITIATIVE_ACTIONS = [
  'VIEW_INITIATIVES',
  'CREATE_INITIATIVE',
  'CHANGE_STATUS',
  // indicators
  'MANAGE_INDICATORS',
  'ADD_MEASUREMENT',
  // Residents' feedback (survey)
  'VIEW_SURVEY',
  'MANAGE_SURVEY',
  'VIEW_SURVEY_RESULTS',
  'MODERATE_SURVEY_QUOTES',
  'ANSWER_SURVEY',
  'VIEW_PUBLIC_SURVEY_RESULTS',
  // reviews
  'OPEN_REVIEW_ROUND',
  'CLOSE_REVIEW_ROUND',
  'SUBMIT_REVIEW',
] as const;
export const PRACTICE_ACTIONS = [
  'VIEW_PUBLISHED_PRACTICES',
  'VIEW_DRAFT_PRACTICES',
  'EDIT_PRACTICE',
  'PUBLISH_PRACTICE',
  // practice search
  'SEARCH_PRACTICES',
  // validation by the network
  'SUBMIT_PRACTICE',
  'RETURN_PRACTICE',
  'UNPUBLISH_PRACTICE',
  // transfers
  'VIEW_TRANSFERS',
  'REGISTER_TRANSFER',
  'MOVE_TRANSFER',
  'ANSWER_TRANSFER',
  // questions and comments
  'VIEW_DISCUSSION',
  'VIEW_HIDDEN_POSTS',
  'ASK_QUESTION',
  'COMMENT_ON_PRACTICE',
  'REPLY_TO_POST',
  'MARK_ANSWER',
  'REPORT_POST',
  'MODERATE_POSTS',
  'EXPORT_OWN_DATA',
  // common findings and recommendations
  'VIEW_DRAFT_FINDINGS',
  'WRITE_FINDING',
  'EDIT_FINDING',
  'REVISE_FINDING',
  'PUBLISH_FINDING',
  'WITHDRAW_FINDING',
  'VIEW_DRAFT_RECOMMENDATIONS',
  'WRITE_RECOMMENDATION',
  'EDIT_RECOMMENDATION',
  'REVISE_RECOMMENDATION',
  'PUBLISH_RECOMMENDATION',
  'WITHDRAW_RECOMMENDATION',
  'ENDORSE_RECOMMENDATION',
  'VIEW_NETWORK_REPORT',
] as const;
export type Action =
  (typeof PANEL_ACTIONS)[number] | (typeof INITIATIVE_ACTIONS)[number] | (typeof PRACTICE_ACTIONS)[number];

/** A view that carries the caller's `allowedActions` (required in every generated view). */
export type WithActions<T> = T & { allowedActions: readonly string[] };
type ActionablePage<P extends { items: unknown[] }> = WithActions<
  Omit<P, 'items'> & { items: WithActions<P['items'][number]>[] }
>;

// panel-service
export type City = WithActions<Complete<Ok<PanelPaths['/cities']['get']>>[number]>;
export type PanelPage = ActionablePage<Complete<Ok<PanelPaths['/panels']['get']>>>;
export type Panel = PanelPage['items'][number];
/** One panel as GET /panels/{id} answers: the summary's facts plus mandate, term and lifecycle. */
export type PanelView = WithActions<Complete<Ok<PanelPaths['/panels/{id}']['get']>>>;
export type CreatePanelBody = BodyOf<PanelPaths['/panels']['post']>;
export type CreatedPanel = WithActions<Complete<Created<PanelPaths['/panels']['post']>>>;
export type CityDetail = WithActions<Complete<Ok<PanelPaths['/cities/{code}']['get']>>>;
export type EditCityBody = BodyOf<PanelPaths['/cities/{code}']['put']>;
export type PopulationShares = CityDetail['baseline']['shares'];
export type PanelBalance = WithActions<Complete<Ok<PanelPaths['/panels/{id}/balance']['get']>>>;
export type PillarBalance = PanelBalance['pillars'][number];
export type GroupBalance = PanelBalance['groups'][number];
export type BalanceGap = PanelBalance['gaps'][number];
export type BalanceChange = BalanceGap['changes'][number];
export type Pillar = PillarBalance['pillar'];
export type PopulationGroup = GroupBalance['group'];
export type BalanceRules = WithActions<Complete<Ok<PanelPaths['/balance-rules']['get']>>>;
export type ChangeBalanceRulesBody = BodyOf<PanelPaths['/balance-rules']['put']>;
/** The public portal's panel aggregates (counts below 5 are null with `suppressed`). */
export type NetworkComposition = Complete<Ok<PanelPaths['/network/composition']['get']>>;
export type TownComposition = NetworkComposition['cities'][number];
export type PublicSeats = NetworkComposition['members'];

// initiative-service
export type InitiativePage = ActionablePage<Complete<Ok<InitiativePaths['/initiatives']['get']>>>;
export type InitiativeSummary = InitiativePage['items'][number];
export type Initiative = WithActions<Complete<Ok<InitiativePaths['/initiatives/{id}']['get']>>>;
export type InitiativeStatus = Initiative['status'];
export type Outcome = Exclude<Initiative['outcome'], null>;
export type HistoryEntry = Initiative['history'][number];
export type CreateInitiativeBody = BodyOf<InitiativePaths['/initiatives']['post']>;
export type TransitionBody = BodyOf<InitiativePaths['/initiatives/{id}/transitions']['post']>;
export type EditInitiativeBody = BodyOf<InitiativePaths['/initiatives/{id}']['put']>;
export type InitiativeFacets = Complete<Ok<InitiativePaths['/initiatives/facets']['get']>>;
export type FacetCount = InitiativeFacets['themes'][number];
export type Theme = Initiative['themes'][number];
export type TargetGroup = Initiative['targetGroups'][number];
export type Milestone = Initiative['milestones'][number];
/** The public portal's initiative counts (drafts never counted). */
export type InitiativeStatistics = Complete<Ok<InitiativePaths['/network/initiatives']['get']>>;
export type InitiativeCounts = InitiativeStatistics['network'];

// practice-exchange-service
export type PracticePage = ActionablePage<Complete<Ok<PracticePaths['/practices']['get']>>>;
export type PracticeSummary = PracticePage['items'][number];
export type Practice = WithActions<Complete<Ok<PracticePaths['/practices/{id}']['get']>>>;
export type PracticeStatus = Practice['status'];
export type UpdatePracticeBody = BodyOf<PracticePaths['/practices/{id}']['put']>;
// validation by the network
export type PracticeRevision = Complete<Ok<PracticePaths['/practices/{id}/revisions']['get']>>[number];
export type ValidationEntry = NonNullable<Practice['validationHistory']>[number];
export type ChecklistItem = NonNullable<Practice['checklist']>[number];
// practice search
export type PracticeSearchPage = WithActions<Complete<Ok<PracticePaths['/practice-search']['get']>>>;
export type PracticeSearchHit = PracticeSearchPage['items'][number];
export type PracticeSearchFacets = PracticeSearchPage['facets'];

export type OpenDataPackage = Complete<Ok<PracticePaths['/open-data/datapackage.json']['get']>>;
export type OpenDataResource = OpenDataPackage['resources'][number];
export type PracticeFacetCount = PracticeSearchFacets['themes'][number];
// common findings and recommendations (docs/findings.md)
export type FindingPage = ActionablePage<Complete<Ok<PracticePaths['/findings']['get']>>>;
export type FindingSummary = FindingPage['items'][number];
export type RecommendationPage = ActionablePage<Complete<Ok<PracticePaths['/recommendations']['get']>>>;
export type RecommendationSummary = RecommendationPage['items'][number];
export type Audience = RecommendationSummary['audience'];
export type PublicationStatus = FindingSummary['status'];
export type Finding = WithActions<Complete<Ok<PracticePaths['/findings/{id}']['get']>>>;
export type CitedEvidence = Finding['evidence'][number];
export type CitationKind = CitedEvidence['kind'];
export type FindingBody = BodyOf<PracticePaths['/findings']['post']>;
export type Citation = FindingBody['evidence'][number];
export type Recommendation = WithActions<Complete<Ok<PracticePaths['/recommendations/{id}']['get']>>>;
export type RecommendationBody = BodyOf<PracticePaths['/recommendations']['post']>;
export type PublicationReadingField = Finding['reading']['fields'][number];
export const AUDIENCES = [
  'LOCAL_AUTHORITIES',
  'NATIONAL_POLICY_MAKERS',
  'EU_INSTITUTIONS',
  'CIVIL_SOCIETY_ORGANISATIONS',
] as const satisfies readonly Audience[];

/** Compile-time check that every paged response has the agreed shape. */
type AssertPage<T extends PageOf<unknown>> = T;
export type _PagesHaveTheAgreedShape = [AssertPage<PanelPage>, AssertPage<InitiativePage>, AssertPage<PracticePage>];

/** Statuses and outcomes as runtime lists (checked against the generated unions). */
export const INITIATIVE_STATUSES = [
  'DRAFT',
  'PROPOSED',
  'APPROVED',
  'PILOTING',
  'UNDER_REVIEW',
  'CONCLUDED',
  'WITHDRAWN',
] as const satisfies readonly InitiativeStatus[];
export const THEMES = [
  'LANGUAGE_AND_EDUCATION',
  'EMPLOYMENT',
  'HOUSING',
  'HEALTH',
  'CULTURE_AND_SPORT',
  'CIVIC_PARTICIPATION',
  'ANTI_DISCRIMINATION',
  'PUBLIC_SPACE',
  'DIGITAL_INCLUSION',
] as const satisfies readonly Theme[];
export const TARGET_GROUPS = [
  'NATIVE',
  'EXPAT',
  'NEWLY_ARRIVED_MIGRANT',
  'PRECARIOUS_OR_VULNERABLE',
] as const satisfies readonly TargetGroup[];
/** The SDG targets of goals 10 and 11 an initiative may name (docs/initiatives.md). */
export const SDG_TARGETS = [
  '10.1',
  '10.2',
  '10.3',
  '10.4',
  '10.5',
  '10.6',
  '10.7',
  '10.a',
  '10.b',
  '10.c',
  '11.1',
  '11.2',
  '11.3',
  '11.4',
  '11.5',
  '11.6',
  '11.7',
  '11.a',
  '11.b',
  '11.c',
] as const;
export const OUTCOMES = ['ADOPTED', 'ADAPTED', 'DISCONTINUED'] as const satisfies readonly Outcome[];
export type KnownOutcome = (typeof OUTCOMES)[number];
export const PRACTICE_TEXT_FIELDS = [
  'title',
  'summary',
  'context',
  'approach',
  'results',
  'resources',
  'transferability',
  'lessons',
] as const satisfies readonly (keyof Practice & keyof UpdatePracticeBody)[];
export type PracticeTextField = (typeof PRACTICE_TEXT_FIELDS)[number];

/** The balance's pillars and population groups in the services' order (checked against the unions). */
export const PILLARS = [
  'CITIZENS',
  'CIVIL_SOCIETY',
  'EXPERTISE',
  'PUBLIC_AUTHORITY',
] as const satisfies readonly Pillar[];
export const POPULATION_GROUPS = [
  'NATIVE',
  'EXPAT',
  'NEWLY_ARRIVED_MIGRANT',
  'PRECARIOUS_OR_VULNERABLE',
] as const satisfies readonly PopulationGroup[];
