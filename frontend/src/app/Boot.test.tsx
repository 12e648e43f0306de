import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Boot } from './Boot';
import { ConfigError } from '../api/config';

describe('Boot', () => {
  it('shows what is wrong when the runtime configuration cannot be loaded', async () => {
    render(<Boot load={() => Promise.reject(new ConfigError('/config.json could not be loaded (HTTP 404)'))} />);
    const alert = await screen.findByTestId('config-error');
    expect(alert).toHaveTextContent('The app could not start');
    expect(alert).toHaveTextContent('/config.json could not be loaded (HTTP 404)');
  });
});
