/**
 * English texts of the engine, kept in one place like a locale file. Explanations are for readers
 * outside the field: plain words, the standard named, never a verdict of "illegal".
 */
import type { FactName } from './facts.js';
import type { InstrumentKey } from './instruments.js';

/** How each instrument is named in a sentence. */
export const STANDARD_NAMES: Readonly<Record<InstrumentKey, string>> = {
  BPUFF: 'the UN Basic Principles on the Use of Force and Firearms',
  CCLEO: 'the UN Code of Conduct for Law Enforcement Officials',
  LLW: 'the UN guidance on less-lethal weapons',
  GC37: "the UN Human Rights Committee's General Comment 37 on peaceful assembly",
  GC36: "the UN Human Rights Committee's General Comment 36 on the right to life",
  GC34: "the UN Human Rights Committee's General Comment 34 on freedom of expression",
  MP: 'the Minnesota Protocol on the investigation of potentially unlawful death',
  BP: 'the Berkeley Protocol on digital open source investigations',
};

/** What each rule's standard says, as a clause that reads after "which says". */
export const RULE_SAYS: Readonly<Record<string, string>> = {
  'BPUFF-4':
    'law enforcement officials may use force only when strictly necessary, and must try non-violent means first',
  'BPUFF-5':
    'force must be proportionate to the threat, must keep harm to a minimum, and must stop once the need for it has ended',
  'BPUFF-5c': 'anyone injured must receive medical help at the earliest possible moment',
  'BPUFF-22':
    'every injury, death or use of firearms by law enforcement officials must be reported and reviewed',
  'CCLEO-5': 'using force on a restrained or detained person who poses no threat is ill-treatment',
  'GC37-89':
    'officers policing assemblies must be identifiable, and officers in plain clothes must identify themselves',
  'BPUFF-9': 'firearms may be used only against an imminent threat of death or serious injury',
  'BPUFF-14':
    'firearms must never be used simply to disperse an assembly, and must never be fired indiscriminately',
  'BPUFF-13':
    'when an assembly is non-violent, officials must avoid force or, where that is not possible, use the minimum',
  'GC37-85':
    'an assembly may be dispersed only when it is no longer peaceful, on clear evidence of an imminent threat of serious violence, or exceptionally when it causes serious and sustained disruption',
  'GC37-86':
    'force must be aimed at the individuals who are violent, and nothing more than negligible force may be used against people who only resist passively',
  'GC37-87':
    'wide-area weapons such as tear gas and water cannon are a last resort, to be used only after a warning and with time to leave, and tear gas must not be used in confined spaces',
  'LLW-7.1':
    'batons may be used only against a person who is violent or threatening, and never to strike the head, neck or spine',
  'LLW-7.3':
    'tear gas may be used to disperse an assembly only when violence is generalised, must never be fired directly at people, and must not be used in confined spaces, vehicles, homes or hospitals',
  'LLW-7.5':
    'kinetic impact projectiles must never be used to disperse an assembly or fired at random into a crowd, never aimed at the head or face, and may only be aimed at the lower abdomen or legs of an individual engaged in violence who poses an imminent threat of injury; multiple-projectile and metal pellet rounds must never be used',
  'LLW-7.7':
    'water cannon may be used only in serious public disorder with a significant likelihood of death, serious injury or widespread destruction, and never aimed at the head, from close range or at people on heights',
  'STUN-1':
    'stun grenades affect a wide area and must not be thrown at people, into crowds or into confined spaces',
  'GC37-30':
    'journalists and monitors may observe and record an assembly, also while it is dispersed; their equipment must not be seized or damaged and they must not face reprisals',
  'GC34-23': 'attacks on journalists must be investigated promptly and those responsible prosecuted',
  'MED-1': 'medical personnel must be protected, and care must be able to reach the injured',
  'NSA-1':
    'the State must protect people from attacks by private persons and investigate such attacks; violence by others does not make an assembly non-peaceful',
  'BPUFF-24':
    'superior officers are responsible when they knew of unlawful use of force by those under their command and did not act; an order is no defence',
  'GC36-27':
    'every potentially unlawful death, and every use of firearms at demonstrators, must be investigated promptly, independently, effectively and transparently',
};

/** Sentences describing what the facts show, chosen by the rule's logic. */
export const SITUATIONS = {
  not_enough: '',
  force_on_peaceful:
    'Force was used on a person or group behaving peacefully, and not to make a lawful arrest.',
  force_on_peaceful_purpose_unknown:
    'Force was used on a person or group behaving peacefully, for a reason not recorded.',
  no_less_harmful_means: 'Force was used without first trying less harmful means.',
  necessary_force:
    'Force was used against a person who was not peaceful, after less harmful means had failed or could not work.',
  force_after_control: 'Force continued after the person was already under control.',
  serious_harm_low_threat:
    'The force caused serious harm although there was no threat to anyone’s life or safety.',
  proportionate:
    'The harm caused stayed in proportion to the threat, and force stopped once the person was under control.',
  aid_denied: 'Medical help for the injured was denied or obstructed.',
  aid_delayed: 'Medical help for the injured was delayed.',
  aid_prompt: 'The injured received medical help promptly.',
  not_reported: 'Injury, death or the use of firearms was not reported for review.',
  reported: 'The use of force was reported for review.',
  force_on_restrained: 'Force was used on a person who was already restrained or apprehended.',
  force_on_detainee_no_threat: 'Force was used on a person in custody who posed no threat.',
  force_on_detainee_threat: 'Force was used on a person in custody who posed an imminent threat.',
  no_identification: 'The officers could not be identified.',
  identified: 'The officers were identifiable.',
  firearm_below_threshold:
    'A firearm was used although there was no imminent threat of death or serious injury.',
  firearm_against_lethal_threat: 'A firearm was used against an imminent threat of death or serious injury.',
  firearm_to_disperse: 'Firearms were used to disperse an assembly or against a crowd.',
  firearm_indiscriminate: 'Firearms were fired indiscriminately.',
  firearm_targeted: 'A firearm was aimed at an individual, not used to disperse a crowd.',
  injurious_force_peaceful_assembly: 'Force that could injure was used on a peaceful assembly.',
  injurious_force_presumed_peaceful:
    'Force that could injure was used on an assembly presumed peaceful; it is not established that participants were violent.',
  force_at_violent_individuals: 'Force was aimed at individuals who were themselves violent or threatening.',
  assembly_not_peaceful:
    'The assembly was no longer peaceful: participants were violent on a widespread and serious scale.',
  no_injurious_force: 'No force beyond the negligible was used.',
  dispersal_of_peaceful:
    'A peaceful assembly was dispersed although it was not causing serious and sustained disruption.',
  dispersal_presumed_peaceful:
    'An assembly presumed peaceful was dispersed; it is not established that participants were violent on a widespread scale.',
  dispersal_justification_unknown:
    'An assembly that was, or is presumed, peaceful was dispersed, and no recorded fact justifies the dispersal.',
  dispersal_of_violent: 'The assembly was dispersed after participants became violent on a widespread scale.',
  dispersal_for_disruption:
    'A peaceful assembly was dispersed because it caused serious and sustained disruption.',
  dispersal_imminent_violence:
    'The assembly was dispersed facing an imminent threat of death or serious injury.',
  injurious_force_passive: 'Force that could injure was used on a person who was only resisting passively.',
  crowd_targeted_isolated_violence:
    'Force was aimed at a crowd or group, although violence, if any, was not general.',
  injurious_force_non_violent: 'Force that could injure was aimed at a person who was not violent.',
  crowd_targeted_widespread:
    'Force was aimed at a crowd whose participants were violent on a widespread scale.',
  tear_gas_confined: 'Tear gas was used in a confined space.',
  no_warning: 'Wide-area weapons were used without a warning.',
  no_time_to_leave: 'Wide-area weapons were used without giving people time to leave.',
  no_way_out: 'Wide-area weapons were used on people who had no way out.',
  wide_area_not_last_resort: 'Wide-area weapons were used without first trying less harmful means.',
  wide_area_with_warning:
    'Wide-area weapons were used after a warning, with time to leave, outside confined spaces.',
  baton_on_non_threatening: 'Batons were used on a person who was not violent or threatening.',
  baton_to_head: 'A baton struck the head, neck or spine.',
  baton_on_property_damage: 'Batons were used on a person damaging property but threatening nobody.',
  baton_on_threatening: 'Batons were used on a threatening person, away from the head, neck and spine.',
  tear_gas_direct: 'Tear gas was fired directly at people.',
  tear_gas_no_widespread_violence: 'Tear gas was used on an assembly where violence was not widespread.',
  tear_gas_presumed_peaceful:
    'Tear gas was used on an assembly presumed peaceful; it is not established that violence was widespread.',
  tear_gas_widespread:
    'Tear gas was used, not fired directly at people, against widespread violence in the open.',
  kip_pellets: 'Multiple-projectile or metal pellet rounds were fired.',
  kip_dispersal: 'Kinetic impact projectiles (such as rubber bullets) were fired to disperse a crowd.',
  kip_crowd: 'Kinetic impact projectiles (such as rubber bullets) were fired into a crowd or at random.',
  kip_head: 'A kinetic impact projectile (such as a rubber bullet) hit or was aimed at the head or face.',
  kip_non_violent_target:
    'A kinetic impact projectile (such as a rubber bullet) was fired at a person who was not engaged in violence.',
  kip_low_threat:
    'A kinetic impact projectile (such as a rubber bullet) was fired when there was no imminent threat of injury.',
  kip_property_damage:
    'A kinetic impact projectile (such as a rubber bullet) was fired at a person damaging property.',
  kip_body_site:
    'A kinetic impact projectile (such as a rubber bullet) was aimed at a part of the body other than the lower abdomen or legs.',
  kip_not_direct:
    'A kinetic impact projectile was not fired directly at one individual (for example, skipped off the ground or fired at a group).',
  kip_lawful:
    'A kinetic impact projectile was fired directly at the lower abdomen or legs of a violent individual who posed an imminent threat of injury.',
  water_cannon_no_widespread_violence:
    'Water cannon was used on an assembly where violence was not widespread.',
  water_cannon_presumed_peaceful:
    'Water cannon was used on an assembly presumed peaceful; it is not established that violence was widespread.',
  water_cannon_dangerous_use:
    'Water cannon was aimed at the head, used at close range, or at people on a height.',
  water_cannon_widespread:
    'Water cannon was used against widespread violence, not at the head, close range or heights.',
  stun_at_people: 'Stun grenades were thrown at people or into a crowd.',
  stun_confined: 'Stun grenades were used in a confined space.',
  stun_away_from_people: 'Stun grenades were used away from people and outside confined spaces.',
  equipment_seized: 'A journalist’s or monitor’s equipment was seized or damaged.',
  recording_prevented: 'A journalist or monitor was prevented from recording or reporting.',
  force_on_journalist: 'Force was used on a journalist or monitor who posed no threat.',
  journalist_unhindered:
    'The journalist or monitor was neither obstructed nor deprived of equipment, and any force met a threat.',
  attack_not_investigated: 'An attack on a journalist was not investigated.',
  attack_investigated: 'An investigation into the attack on a journalist was opened.',
  ambulance_obstructed: 'Ambulances or medical crews were prevented from reaching the injured.',
  medical_facility_attacked: 'A medical facility was attacked.',
  force_on_medic: 'Force was used on medical personnel who posed no threat.',
  medical_unhindered: 'Medical personnel were not obstructed, and any force met a threat.',
  non_state_abuse: 'The act was committed by private persons, not by agents of the State.',
  unidentified_abuse:
    'The act was committed by unidentified people; nothing recorded ties them to the State.',
  failure_to_protect: 'State agents were present and did not step in to protect the people attacked.',
  superior_did_not_act: 'A superior officer knew of the use of force and did not act.',
  superior_acted: 'A superior officer knew of the use of force and acted on it.',
  superior_did_not_know: 'No superior officer knew of the use of force at the time.',
  death: 'A person died.',
  firearm_use: 'Firearms were used at an assembly.',
} as const;
export type SituationKey = keyof typeof SITUATIONS;

/** Facts named in plain words, for "to settle this we need to know: …". */
export const FACT_LABELS: Readonly<Record<FactName, string>> = {
  actor_type: 'who acted (police, military, private persons…)',
  weapons: 'which weapons were used',
  fire_mode: 'how the weapon was fired or thrown',
  range_m: 'the distance',
  purpose: 'the purpose of the force',
  target: 'at whom the force was aimed',
  target_conduct: 'what the targeted person was doing',
  impact_site: 'where on the body it struck',
  threat_level: 'what threat the person posed',
  less_harmful_means: 'whether less harmful means were tried first',
  warning_given: 'whether a warning was given',
  time_to_disperse: 'whether people had time to leave',
  exits_available: 'whether people had a way out',
  confined_space: 'whether it happened in a confined space',
  elevated_position: 'whether the people were on a height',
  force_after_control: 'whether force continued after the person was under control',
  in_custody: 'whether the person was in custody',
  officer_id_displayed: 'whether officers displayed identification',
  equipment_seized_or_damaged: 'whether equipment was seized or damaged',
  prevented_from_recording: 'whether recording was prevented',
  ambulance_obstructed: 'whether ambulances were obstructed',
  medical_facility_attacked: 'whether a medical facility was attacked',
  report_filed: 'whether the use of force was reported',
  investigation_opened: 'whether an investigation was opened',
  superior_knew: 'whether a superior knew',
  superior_acted: 'whether the superior acted',
  police_intervened: 'whether State agents on the spot stepped in',
  victim_roles: 'who the victims were',
  harm: 'what harm was done',
  medical_aid: 'whether medical help came in time',
  assembly: 'whether it happened at an assembly',
  participant_violence: 'how much violence there was among participants',
  violent_parties: 'who was violent',
  reported_character: 'how the sources describe the assembly',
  serious_sustained_disruption: 'whether the assembly caused serious and sustained disruption',
  police_present: 'whether State agents were present',
};
