import { describe, expect, it } from 'vitest';
import { agents } from '../test/leads';
import { agentAvailability, orderAgents, relativeLoad } from './agent-workload.utils';

describe('given agents from agents.workload', () => {
  it('orders by score, lowest first (the next lead goes there), or by name', () => {
    expect(orderAgents(agents, 'score', 'en-US').map((a) => a.name)).toEqual([
      'Alan Turing',
      'Grace Hopper',
    ]);
    expect(orderAgents([...agents].reverse(), 'name', 'en-US').map((a) => a.name)).toEqual([
      'Alan Turing',
      'Grace Hopper',
    ]);
  });

  it('says available or why not', () => {
    expect(agentAvailability(agents[0]!)).toBe('available');
    expect(agentAvailability(agents[1]!)).toBe('away');
    expect(agentAvailability({ available: false, unavailableReason: null })).toBe('inactive');
  });

  it('scales scores against the busiest agent, within 0–1', () => {
    expect(relativeLoad(17, 34)).toBe(0.5);
    expect(relativeLoad(0, 0)).toBe(0);
    expect(relativeLoad(50, 34)).toBe(1);
  });
});
