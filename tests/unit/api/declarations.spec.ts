import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeMethods, methodNames, methods, traitsOf } from '../../../shared/api/methods.ts';
import { method } from '../../../shared/api/methods/declare.ts';

describe('the method declarations', () => {
  it('keep one map of every feature’s methods, and refuse a name two features declare', () => {
    expect(methodNames.length).toBe(new Set(methodNames).size);
    const one = { 'demo.get': method<number>()(z.strictObject({})) };
    expect(() => composeMethods(one, { ...one })).toThrow('The API method demo.get is declared twice.');
    expect(Object.keys(composeMethods(one, { 'demo.put': method<number>()(z.strictObject({})) }))).toEqual([
      'demo.get',
      'demo.put',
    ]);
  });

  it('give every method every trait, false unless declared', () => {
    for (const name of methodNames) {
      const { changesAuditList, slow, editsAudit, saveAs } = methods[name];
      expect([typeof changesAuditList, typeof slow, typeof editsAudit], name).toEqual([
        'boolean',
        'boolean',
        'boolean',
      ]);
      expect(saveAs === null || typeof saveAs === 'object', name).toBe(true);
    }
    expect(traitsOf('audits.drop')).toEqual({
      changesAuditList: false,
      slow: false,
      editsAudit: false,
      saveAs: null,
    });
  });

  it('declare as slow (run off the window’s thread) the calls that take seconds on a big audit', () => {
    expect(methodNames.filter((name) => methods[name].slow).sort()).toEqual([
      'exports.csv',
      'exports.pptx',
      'exports.xlsx',
      'files.export',
      'files.import',
      'report.export',
      'report.preview',
    ]);
  });

  it('declare as audit edits (the audit store applies their answers) the methods that change one open audit', () => {
    expect(methodNames.filter((name) => methods[name].editsAudit).sort()).toEqual(
      [
        'audits.update',
        'audits.startReveal',
        'audits.reopenScoring',
        'participants.add',
        'participants.update',
        'participants.remove',
        'participants.reorder',
        'responses.save',
        'responses.clear',
        'rounds.open',
        'rounds.close',
        'rounds.cancel',
        'rounds.saveResponse',
        'rounds.clearResponse',
        'groups.add',
        'groups.update',
        'groups.remove',
        'groups.reorder',
        'consensus.set',
        'discussion.set',
        'contacts.add',
        'contacts.update',
        'contacts.remove',
        'actions.add',
        'actions.update',
        'actions.remove',
        'files.merge',
        'commentary.set',
        'planReview.set',
      ].sort(),
    );
  });
});
