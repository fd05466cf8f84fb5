import type { DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { createStageKeyboard, leadKanbanAnnouncements } from './lead-kanban-dnd.utils';

const names = {
  lead: (id: unknown) => (id === 'l1' ? 'Ada Lovelace' : 'someone'),
  stage: (key: unknown) =>
    (({ new: 'New', contacted: 'Contacted' }) as Record<string, string>)[String(key)] ?? null,
};
const active = { id: 'l1' } as never;
const over = (id: string) => ({ id }) as never;

describe('given a drag of a lead', () => {
  const announce = leadKanbanAnnouncements(names, () => 'new');

  it('names the lead and the stages in every announcement', () => {
    expect(announce.onDragStart({ active })).toBe(
      'Picked up Ada Lovelace in New. Use the left and right arrow keys to choose another stage, Space to drop, Escape to cancel.',
    );
    expect(announce.onDragOver({ active, over: over('contacted') })).toBe(
      'Ada Lovelace is over Contacted.',
    );
    expect(announce.onDragOver({ active, over: null })).toBe(
      'Ada Lovelace is no longer over a stage.',
    );
    expect(announce.onDragEnd({ active, over: over('contacted') })).toBe(
      'Ada Lovelace was dropped in Contacted. Saving the move.',
    );
    expect(announce.onDragEnd({ active, over: over('new') })).toBe(
      'Ada Lovelace was dropped. It stays in New.',
    );
    expect(announce.onDragCancel({ active, over: null })).toBe(
      'Moving Ada Lovelace was cancelled. It stays in New.',
    );
  });
});

describe('given the keyboard moving a picked-up card', () => {
  const keys = ['new', 'contacted', 'won'];
  const rect = (left: number) => ({
    left,
    top: 0,
    width: 200,
    height: 600,
    right: left + 200,
    bottom: 600,
  });
  const context = {
    active: { id: 'l1', data: { current: { stageKey: 'new' } } },
    over: null,
    droppableRects: new Map(keys.map((key, i) => [key, rect(i * 220)])),
    collisionRect: { width: 180 },
  };
  const press = (getter: KeyboardCoordinateGetter, code: string) => {
    const event = new KeyboardEvent('keydown', { code, cancelable: true });
    const result = getter(event, {
      active: 'l1',
      currentCoordinates: { x: 10, y: 40 },
      context: context as never,
    });
    return { result, prevented: event.defaultPrevented };
  };
  const containers = keys.map((id) => ({ id }) as DroppableContainer);
  const collide = (keyboard: ReturnType<typeof createStageKeyboard>) =>
    keyboard.collisionDetection({
      active: null as never,
      collisionRect: null as never,
      droppableRects: new Map(),
      droppableContainers: containers,
      pointerCoordinates: null,
    });

  it('goes one stage right or left, to the middle of that column, and says it is over it', () => {
    const keyboard = createStageKeyboard(() => keys);
    expect(press(keyboard.coordinateGetter, 'ArrowRight')).toEqual({
      result: { x: 230, y: 40 },
      prevented: true,
    });
    expect(collide(keyboard).map((c) => c.id)).toEqual(['contacted']);
    press(keyboard.coordinateGetter, 'ArrowRight');
    expect(collide(keyboard).map((c) => c.id)).toEqual(['won']);
    expect(press(keyboard.coordinateGetter, 'ArrowRight').result).toBeUndefined();
    press(keyboard.coordinateGetter, 'ArrowLeft');
    expect(collide(keyboard).map((c) => c.id)).toEqual(['contacted']);
    keyboard.reset();
    expect(collide(keyboard)).toEqual([]);
  });

  it('ignores up and down (the API orders a column) without scrolling the page', () => {
    const keyboard = createStageKeyboard(() => keys);
    expect(press(keyboard.coordinateGetter, 'ArrowDown')).toEqual({
      result: undefined,
      prevented: true,
    });
    expect(collide(keyboard)).toEqual([]);
  });
});
