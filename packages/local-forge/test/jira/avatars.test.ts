import { avatarSvg } from '../../src/jira/avatars';

describe('initials avatars drawn by the host', () => {
  it('draws the letters of the path on one of the ten colours', () => {
    const svg = avatarSvg('/initials/HM-3.svg');
    expect(svg).toContain('<svg');
    expect(svg).toContain('>HM</text>');
    expect(svg).toContain('#DE350B');
  });

  it('escapes what it draws and refuses any other path', () => {
    expect(avatarSvg(`/initials/${encodeURIComponent('<&')}-0.svg`)).toContain('>&#60;&#38;</text>');
    expect(avatarSvg('/initials/TOOLONG-0.svg')).toBeNull();
    expect(avatarSvg('/other/HM-0.svg')).toBeNull();
    expect(avatarSvg('/initials/%E0-0.svg')).toBeNull();
  });
});
