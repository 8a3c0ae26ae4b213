import { describe, expect, it } from 'vitest';
import { methodsIn } from './methods.js';
import { detectRoles, roleOf } from './roles.js';

describe('detectMethods', () => {
  it('names weapons and acts in English', () => {
    expect(
      methodsIn('Troopers used a water cannon, plastic bullets and flash-bangs on the marchers.'),
    ).toEqual(['water_cannon', 'kinetic_impact_projectile', 'stun_grenade']);
    expect(methodsIn('An officer pepper-sprayed a student and then tased him.')).toEqual([
      'pepper_spray',
      'conducted_electrical_weapon',
    ]);
    expect(methodsIn('Guards smashed her camera and took away his memory card.')).toEqual([
      'damage_to_equipment',
      'confiscation_of_equipment',
    ]);
    expect(methodsIn('Two men tried to grab the camera of the crew.')).toEqual([
      'attempted_seizure_of_equipment',
    ]);
  });

  it('does not read a projectile hit as a blow, or a threat as an act', () => {
    expect(methodsIn('She was hit in the leg by a foam round.')).toEqual(['kinetic_impact_projectile']);
    expect(methodsIn('Officers threatened to arrest the reporter.')).toEqual(['threat']);
    expect(methodsIn('No water cannon was used.')).toEqual([]);
  });

  it('names methods in Russian', () => {
    expect(
      methodsIn('Силовики избили задержанных дубинками и применили светошумовые гранаты.', 'ru'),
    ).toEqual(['physical_assault', 'detention', 'baton', 'stun_grenade']);
    expect(methodsIn('У оператора отобрали камеру, а затем разбили телефон.', 'ru')).toEqual([
      'confiscation_of_equipment',
      'damage_to_equipment',
    ]);
  });
});

describe('roles', () => {
  it('finds victim roles in both languages', () => {
    expect(detectRoles('A street medic and two legal observers were pushed.').map((r) => r.role)).toEqual([
      'medic',
      'monitor',
    ]);
    expect(roleOf('a camera operator for a local channel')).toBe('journalist');
    expect(roleOf('фотограф издания')).toBe('journalist');
    expect(roleOf('a 78-year-old man')).toBe('older_person');
    expect(roleOf('a man in a wheelchair')).toBe('person_with_disability');
  });
});
