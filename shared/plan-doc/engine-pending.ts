/**
 * An engine whose document is still loading, standing for it meanwhile: its state is the
 * view already shown (the view cache), and every call waits for the loaded engine and then
 * goes to it, in the order the calls were made. So a plan paints at once from its cache,
 * and an edit made before its document is loaded is applied as soon as it is ("edits wait
 * for the document only if it is not loaded yet"). A failed load fails every waiting call.
 */
import type { CachedView, CommandArgs, CommandName, EngineState, ImportPreview, PlanEngine, RunOptions, StoredBytes } from './engine';

export class PendingEngine implements PlanEngine {
  private inner: PlanEngine | null = null;
  private disposed = false;
  /** Resolves with the loaded engine (rejects when the load failed). */
  readonly ready: Promise<PlanEngine>;

  constructor(
    private readonly shown: EngineState,
    loading: Promise<PlanEngine>,
  ) {
    this.ready = loading.then((engine) => {
      this.inner = engine;
      if (this.disposed) engine.dispose();
      return engine;
    });
    // A failure is reported through `ready` and the calls waiting on it.
    this.ready.catch(() => undefined);
  }

  /** Whether the document is loaded (calls then go straight to it). */
  get loaded(): boolean {
    return this.inner !== null;
  }

  get state(): EngineState {
    return this.inner?.state ?? this.shown;
  }

  private async engine(): Promise<PlanEngine> {
    return this.inner ?? this.ready;
  }

  async run<K extends CommandName>(name: K, args: CommandArgs<K>, options?: RunOptions): Promise<EngineState> {
    return (await this.engine()).run(name, args, options);
  }
  async undo(): Promise<EngineState> {
    return (await this.engine()).undo();
  }
  async redo(): Promise<EngineState> {
    return (await this.engine()).redo();
  }
  async unsavedChanges(): Promise<StoredBytes | null> {
    return (await this.engine()).unsavedChanges();
  }
  async markSaved(heads: string[]): Promise<void> {
    return (await this.engine()).markSaved(heads);
  }
  async snapshot(): Promise<StoredBytes> {
    return (await this.engine()).snapshot();
  }
  async data() {
    return (await this.engine()).data();
  }
  async previewImport(incoming: Uint8Array | PlanEngine): Promise<ImportPreview> {
    return (await this.engine()).previewImport(incoming);
  }
  async applyImport(preview: ImportPreview): Promise<EngineState | false> {
    return (await this.engine()).applyImport(preview);
  }
  async conflicts() {
    return (await this.engine()).conflicts();
  }
  async snapshotAt(heads: readonly string[]): Promise<StoredBytes> {
    return (await this.engine()).snapshotAt(heads);
  }
  async history(options: Parameters<PlanEngine['history']>[0]) {
    return (await this.engine()).history(options);
  }
  async viewAt(heads: readonly string[]) {
    return (await this.engine()).viewAt(heads);
  }
  async compareVersion(heads: readonly string[]) {
    return (await this.engine()).compareVersion(heads);
  }
  async restoreVersion(heads: readonly string[]): Promise<EngineState> {
    return (await this.engine()).restoreVersion(heads);
  }
  async setOffice(office: string): Promise<void> {
    return (await this.engine()).setOffice(office);
  }
  async cachedView(): Promise<CachedView> {
    return (await this.engine()).cachedView();
  }
  dispose(): void {
    this.disposed = true;
    this.inner?.dispose();
  }
}
