/**
 * A recruitment agency, a labour broker or a "recruiter" asking the job seeker to pay for a job abroad: its visa
 * processing, the work permit, the placement or the ticket ("A recruitment agency for a job in Dubai wants ₹1.2 lakh
 * for the visa and work permit, the offer letter looks real", "中介说去日本的工作包办签证，要先交六万办工作许可").
 * Genuine employers and licensed recruiters do not charge workers for the job or its permit; the fee is the scam,
 * however genuine the offer letter looks.
 *
 * Not the customer's own visa paid to the embassy, the consulate, the visa centre or the government's own site
 * (`officialVisaChannel`: "paying the VFS fee for my student visa", "在大使馆官网交签证费"), nor an approach the
 * customer did not act on (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const JOB_ABROAD_FEE_CUES = {
  /** An agency, a broker or a recruiter placing the customer in a job abroad. */
  agencyForAJobAbroad: re(
    [
      String.raw`\b(recruitment|recruiting|placement|employment|manpower|overseas|immigration|visa|job) (agency|agent|firm|company|consultants?|consultancy)\b|\brecruiters?\b|\bhiring (agent|manager) (from|in) (canada|the uk|uk|australia|dubai|the uae|uae|qatar|saudi|germany|poland|europe|the us|usa|new zealand|japan|singapore|malaysia)\b`,
      String.raw`(劳务|出国|移民|招聘|猎头)中介|劳务(派遣)?公司|出国劳务|海外(招聘|务工|就业)|外派(劳务|工作)|(出国|国外|海外)(工作|打工|务工)${C}{0,10}中介|中介${C}{0,10}(出国|国外|海外)(工作|打工|务工)|中介${C}{0,8}(去|到)(日本|韩国|加拿大|澳洲|澳大利亚|新加坡|迪拜|德国|英国|美国|欧洲)${C}{0,6}(工作|打工|务工)`,
    ].join('|'),
  ),
  /** A fee for the job abroad's visa, work permit, placement or papers. */
  feeForVisaOrPermit: re(
    [
      String.raw`\b(pay|paid|send|transfer|wants?|asked (me )?(to pay|for)|asking (me )?(to pay|for)|charg\w*)\b[^.?!]{0,60}\b(visas?|work permits?|work visas?|lmia|placement fee|sponsorship)\b`,
      String.raw`(交|付|缴|转|打)${C}{0,16}(签证|工作许可|工签|劳务费|办证费|出国费)|(签证|工作许可|工签|办证)${C}{0,10}(费|钱|要交|要付|先交|先付)`,
    ].join('|'),
  ),
  /** The customer's own visa paid to the embassy, the visa centre or the government's own site. */
  officialVisaChannel: re(
    String.raw`\b(embassy|consulate|high commission|vfs|tlscontact|ircc|uscis|gov\.uk|official (government )?(site|website|portal))\b|大使馆|领事馆|签证中心|官网`,
  ),
};

type Cue = keyof typeof JOB_ABROAD_FEE_CUES | 'notActed';

/** A job abroad's visa or work permit paid to the agency that offers it. */
export const JOB_ABROAD_FEE_RULES: CueRule<Cue>[] = [
  {
    scheme: 'advance_fee',
    all: ['agencyForAJobAbroad', 'feeForVisaOrPermit'],
    unless: ['officialVisaChannel', 'notActed'],
    weight: 0.75,
  },
];
