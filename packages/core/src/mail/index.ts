export * from './schema';
export * from './classify';
export { readableMail, type ReadableMail } from './body';
export { companyFromSender, cleanCompany } from './company';
export { roleFromMail } from './role';
export { extractInterview, zoneOf } from './interview';
export { proposeFromMail, proposeForApplication, type MailProposal, type MatchableApplication } from './propose';
export * from './inbox';
export { featuresOfMail, mailFeatures, mailModelFromJson, takeSecondOpinion, SECOND_OPINION, type MailModel, type MailModelOpinion, type SecondOpinionRule } from './model';
