/**
 * The WebGL stage: renderer (transparent, or opaque with a backdrop colour painted in the scene), three-point
 * lighting, camera framing on the head/chest bones, resize to any screen, and a frame loop that runs
 * registered updaters before vrm.update and render.
 */
import {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  Object3D,
  PerspectiveCamera,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import type { VrmLike } from './vrm_types.ts';
import { computeFraming, type FramingMode } from './framing.ts';
import { ResolutionGovernor } from './resolution_governor.ts';
import { CpuSkinner } from './cpu_skinning.ts';

export type Shading = 'auto' | 'fast' | 'standard';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|lavapipe/i;
const SOFTWARE_MAX_PIXELS = 300_000;

function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
}

/**
 * three.js always asks for an `alpha: true` context; an opaque stage creates its own with `alpha: false`,
 * so the compositor knows the canvas hides what lies beneath it.
 */
function createRenderer(antialias: boolean, alpha: boolean): WebGLRenderer {
  if (alpha) return new WebGLRenderer({ antialias, alpha });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl2', {
    alpha: false,
    antialias,
    depth: true,
    stencil: false,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: 'default',
  });
  return context
    ? new WebGLRenderer({ canvas, context, antialias })
    : new WebGLRenderer({ antialias, alpha });
}

export interface StageOptions {
  framing?: FramingMode;
  /** Upper bound for devicePixelRatio (software GL: 1). */
  maxPixelRatio?: number;
  /** Cap on drawing-buffer pixels, so huge lobby screens stay fast. */
  maxPixels?: number;
  antialias?: boolean;
  fovDeg?: number;
  /** 'auto' uses vertex lighting on software GL and the model's own materials on a GPU. */
  shading?: Shading;
  /**
   * Lower the render resolution when frames take too long (on by default on a GPU; off on software GL,
   * which renders at a fixed pixel budget: a scale that changes under load looks blocky and flickers).
   */
  adaptiveResolution?: boolean;
  /**
   * Opaque backdrop colour (0xRRGGBB) cleared in the scene, for an `alpha: false` canvas: the compositor
   * then copies the canvas instead of blending it over the page, and skips whatever lies underneath.
   */
  background?: number;
}

export type FrameUpdater = (dt: number, elapsed: number) => void;

export class AvatarStage {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera: PerspectiveCamera;
  /** The object the avatar looks at: kept at the camera so the gaze meets the viewer. */
  readonly viewerTarget = new Object3D();
  private vrm: VrmLike | null = null;
  private readonly updaters: FrameUpdater[] = [];
  private lastFrameAt: number | null = null;
  private startedAt = 0;
  private readonly resizeObserver: ResizeObserver | null;
  private readonly lights: {
    hemi: HemisphereLight;
    ambient: AmbientLight;
    directional: DirectionalLight[];
  };
  private skinner: CpuSkinner | null = null;
  private readonly governor: ResolutionGovernor | null;
  readonly software: boolean;
  private framing: FramingMode;
  private frameTimes: number[] = [];
  firstFrameAt: number | null = null;
  frameCount = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: StageOptions = {},
  ) {
    this.framing = options.framing ?? 'upperBody';
    // On a CPU rasteriser multisampling costs 4x the fill: start without it, and only when the context
    // turns out to be a GPU (and antialiasing was not turned off) recreate it with multisampling.
    const alpha = options.background === undefined;
    let renderer = createRenderer(options.antialias === true, alpha);
    this.software = SOFTWARE_GL.test(rendererName(renderer.getContext()));
    if (!this.software && options.antialias !== false && options.antialias !== true) {
      renderer.dispose();
      renderer = createRenderer(true, alpha);
    }
    this.renderer = renderer;
    this.renderer.setClearColor(new Color(0x000000), 0);
    if (!alpha) this.scene.background = new Color(options.background);
    const adaptive = options.adaptiveResolution ?? !this.software;
    this.governor = adaptive ? new ResolutionGovernor() : null;
    this.renderer.domElement.classList.add('avatar-canvas');
    this.renderer.domElement.setAttribute('aria-hidden', 'true');
    // A canvas drawn below screen resolution is scaled up smoothly, not in blocks.
    this.renderer.domElement.style.imageRendering = 'auto';
    container.appendChild(this.renderer.domElement);
    this.camera = new PerspectiveCamera(options.fovDeg ?? 24, 1, 0.05, 20);
    this.scene.add(this.camera);
    this.camera.add(this.viewerTarget);
    this.lights = this.addLights();
    this.resizeObserver =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    this.resizeObserver?.observe(container);
    this.resize();
  }

  private addLights(): { hemi: HemisphereLight; ambient: AmbientLight; directional: DirectionalLight[] } {
    const hemi = new HemisphereLight(0xfff8f0, 0x8a7a70, 1.1);
    const ambient = new AmbientLight(0xffffff, 0.25);
    this.scene.add(hemi, ambient);
    const key = new DirectionalLight(0xfff1e2, 2.1);
    key.position.set(1.3, 2.6, 2.4);
    const fill = new DirectionalLight(0xdce8ff, 0.85);
    fill.position.set(-2.2, 1.6, 1.6);
    const rim = new DirectionalLight(0xd8e6ff, 1.8);
    rim.position.set(-0.6, 2.4, -2.2);
    this.scene.add(key, fill, rim);
    return { hemi, ambient, directional: [key, fill, rim] };
  }

  /** Whether the avatar is posed and lit per vertex on the CPU (the software-GL path). */
  get fastShading(): boolean {
    return this.skinner !== null;
  }

  setAvatar(vrm: VrmLike): void {
    if (this.vrm) this.scene.remove(this.vrm.scene);
    this.skinner?.dispose();
    this.vrm = vrm;
    const shading = this.options.shading ?? 'auto';
    if (shading === 'fast' || (shading === 'auto' && this.software)) {
      this.skinner = new CpuSkinner(vrm.scene);
    } else {
      this.skinner = null;
    }
    this.scene.add(vrm.scene);
    if (vrm.lookAt) vrm.lookAt.target = this.viewerTarget;
    this.reframe();
  }

  setFraming(mode: FramingMode): void {
    this.framing = mode;
    this.reframe();
  }

  onFrame(updater: FrameUpdater): void {
    this.updaters.push(updater);
  }

  start(): void {
    this.startedAt = performance.now();
    this.lastFrameAt = null;
    this.renderer.setAnimationLoop(() => this.frame());
  }

  stop(): void {
    this.renderer.setAnimationLoop(null);
  }

  /** Current render scale (1 = full resolution for the pixel ratio). */
  get renderScale(): number {
    return this.governor?.scale ?? 1;
  }

  dispose(): void {
    this.stop();
    this.resizeObserver?.disconnect();
    this.renderer.dispose();
    this.renderer.domElement.remove();
  }

  /** Frames per second over the last `windowMs` of rendered frames. */
  fps(windowMs = 2000): number {
    const now = performance.now();
    const recent = this.frameTimes.filter((t) => now - t <= windowMs);
    if (recent.length < 2) return 0;
    const first = recent[0] ?? now;
    const last = recent[recent.length - 1] ?? now;
    return last > first ? ((recent.length - 1) * 1000) / (last - first) : 0;
  }

  /**
   * Renders now and reads the drawing buffer back (RGBA rows bottom-up), for pixel checks. The canvas is
   * transparent, so alpha tells the avatar from the background; if a scene background was set, it is
   * left out and the canvas cleared to pure magenta (`key`) instead.
   */
  capturePixels(): { width: number; height: number; data: Uint8Array; key: [number, number, number] | null } {
    const background = this.scene.background;
    const opaque = background !== null;
    this.scene.background = null;
    if (opaque) this.renderer.setClearColor(new Color(0xff00ff), 1);
    this.renderOnce();
    this.scene.background = background;
    this.renderer.setClearColor(new Color(0x000000), 0);
    const gl = this.renderer.getContext();
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const data = new Uint8Array(width * height * 4);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    return { width, height, data, key: opaque ? [255, 0, 255] : null };
  }

  /** Draws one frame with the current pose. */
  renderOnce(): void {
    this.skinner?.update(this.camera, this.lights);
    this.renderer.render(this.scene, this.camera);
  }

  /** Projects a bone's world position to canvas pixel coordinates (origin top-left). */
  projectBone(name: 'head' | 'chest' | 'neck'): { x: number; y: number } | null {
    const node = this.vrm?.humanoid.getRawBoneNode(name);
    if (!node) return null;
    const v = node.getWorldPosition(new Vector3()).project(this.camera);
    const { clientWidth: w, clientHeight: h } = this.renderer.domElement;
    return { x: ((v.x + 1) / 2) * w, y: ((1 - v.y) / 2) * h };
  }

  resize(): void {
    const w = Math.max(1, this.container.clientWidth);
    const h = Math.max(1, this.container.clientHeight);
    const maxRatio = this.software ? 1 : (this.options.maxPixelRatio ?? 2);
    let ratio = Math.min(window.devicePixelRatio || 1, maxRatio);
    // Software GL pays per canvas pixel every frame (clear, readback, software compositing), far more than
    // for the avatar's geometry; keep its canvas near 0.3 MP and let CSS scale it up.
    const maxPixels = this.software
      ? Math.min(this.options.maxPixels ?? Infinity, SOFTWARE_MAX_PIXELS)
      : (this.options.maxPixels ?? 1920 * 1080);
    if (w * h * ratio * ratio > maxPixels) ratio = Math.sqrt(maxPixels / (w * h));
    ratio *= this.renderScale;
    this.renderer.setPixelRatio(ratio);
    this.renderer.setSize(w, h, false);
    this.renderer.domElement.style.width = '100%';
    this.renderer.domElement.style.height = '100%';
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.reframe();
  }

  private reframe(): void {
    const vrm = this.vrm;
    if (!vrm) return;
    vrm.scene.updateMatrixWorld(true);
    const head = vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3());
    const chestNode = vrm.humanoid.getRawBoneNode('chest') ?? vrm.humanoid.getRawBoneNode('spine');
    const chest = chestNode?.getWorldPosition(new Vector3());
    if (!head || !chest) return;
    const f = computeFraming({
      head,
      chest,
      aspect: this.camera.aspect,
      fovDeg: this.camera.fov,
      mode: this.framing,
    });
    this.camera.position.set(...f.position);
    this.camera.lookAt(new Vector3(...f.target));
    this.camera.updateMatrixWorld(true);
  }

  private frame(): void {
    const now = performance.now();
    const dt = this.lastFrameAt === null ? 1 / 60 : Math.min(0.1, (now - this.lastFrameAt) / 1000);
    this.lastFrameAt = now;
    const elapsed = (now - this.startedAt) / 1000;
    for (const u of this.updaters) u(dt, elapsed);
    this.vrm?.update(dt);
    this.renderOnce();
    if (this.vrm && this.governor?.frame(now)) this.resize();
    if (this.vrm && this.firstFrameAt === null) this.firstFrameAt = now;
    this.frameCount++;
    this.frameTimes.push(now);
    if (this.frameTimes.length > 600) this.frameTimes = this.frameTimes.slice(-300);
  }
}
