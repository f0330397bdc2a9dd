const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/search-adapters-vy-3zZF2.js","assets/session-tZkRHlO9.js","assets/rolldown-runtime-SbdDWaPq.js","assets/boot-CCHtFN9d.js","assets/preload-helper-BhofnfyO.js","assets/boot-xJBZfUJG.css"])))=>i.map(i=>d[i]);
import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
import { $n as fetchState, $t as factory, An as getFontSize, C as personRecordKey, Cn as useId$1, Ct as NativeSelect, Dn as useCallbackRef, E as foldText, F as dicomDateToIso, Fr as require_react_dom, G as parseOffsetTimestamp, Gn as SessionError, Hn as ContractError, Ir as require_react, Jn as isApiError, K as MappingError, Kn as TimeoutError, L as hasIsoDateFormat, Ln as createSafeContext, M as dicomModalities, N as dicomModalityCodes, Nn as getSize, Ot as Button, P as isDicomModality, Pn as getSpacing, Pt as Text, Qn as getDefaultState, S as personDisplayName, T as matchesQueryLocally, Tn as useIsomorphicEffect, Un as InputError, Vt as Group, Wn as NetworkError, Wt as Loader, Yt as toInt, Zn as vendorNames, Zt as Box, _r as timeoutManager, a as hasActiveFilters, ar as addToEnd, b as parseTypedDate, bt as TextInput, c as summarizeGroup, cn as useProps, cr as isValidTimeout, d as groupPeople, dr as replaceData, en as genericFactory, er as notifyManager, et as formatLocalDate, fr as replaceEqualDeep, gn as createVarsResolver, gr as timeUntilStale, h as searchVendors, hr as shouldThrowError, i as filterGroups, in as extractStyleProps, ir as addConsumeAwareSignal, jn as getRadius, k as identitySources, kt as Badge, l as groupIdentities, m as planSearch, mr as shallowEqualObjects, nr as Subscribable, nt as formatNumber, o as sortGroups, on as useStyles, or as fetchSignal, p as criteriaKey, pn as getThemeColor, pr as resolveQueryValue, q as isMappingError, qn as VendorError, rr as isServer, s as sortKeys, sr as hashKey, tr as focusManager, ur as noop, ut as useTranslation, vr as useQueryClient, vt as createReactComponent, w as matchesCriterion, wt as List, x as recognizeQuery, xn as useMergedRef, xr as Link, xt as Stack, y as localeDatePattern, yn as useUncontrolled, yr as require_jsx_runtime, yt as Title, z as isIsoDate, zn as rem } from "./boot-CCHtFN9d.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
import { t as CheckIcon } from "./CheckIcon-Cwl5gALt.js";
import { t as IconChevronDown } from "./IconChevronDown-OkUoCsKk.js";
import { $ as _nonnegative, $n as globalConfig, $t as $ZodNanoID, A as _endsWith, An as number$1, At as $ZodCIDRv6, B as _isoDuration, Bn as _safeEncodeAsync, Bt as $ZodEnum, C as _cidrv6, Cn as base64Charset, Cr as safeExtend, Ct as _uuidv7, D as _e164, Dn as base64url, Dt as $ZodBase64URL, E as _custom, En as base64, Et as $ZodBase64, F as _int, Fn as _parse, Ft as $ZodDefault, G as _lowercase, Gn as validateAsync, Gt as $ZodISODate, H as _jwt, Hn as _safeParseAsync, Ht as $ZodGUID, I as _ipv4, In as _parseAsync, It as $ZodDiscriminatedUnion, J as _maxLength, Jn as formatError, Jt as $ZodISOTime, K as _lt, Kn as $ZodError, Kt as $ZodISODateTime, L as _ipv6, Ln as _safeDecode, Lt as $ZodE164, M as _gte, Mn as _decodeAsync, Mt as $ZodCUID2, N as _guid, Nn as _encode, Nt as $ZodCatch, O as _email, On as email$2, Ot as $ZodBoolean, P as _includes, Pn as _encodeAsync, Pt as $ZodCustom, Q as _never, Qn as config, Qt as $ZodLiteral, R as _isoDate, Rn as _safeDecodeAsync, Rt as $ZodEmail, S as _cidrv4, Sn as $ZodXID, Sr as required, St as _uuidv6, T as _cuid2, Tn as standardProps, Tr as stringifyPrimitive, Tt as $ZodArray, U as _ksuid, Un as safeParse$1, Ut as $ZodIPv4, V as _isoTime, Vn as _safeParse, Vt as $ZodExactOptional, W as _length, Wn as validate, Wt as $ZodIPv6, X as _multipleOf, Xn as $constructor, Xt as $ZodJWT, Y as _minLength, Yn as $ZodEncodeError, Yt as $ZodIntersection, Z as _nanoid, Zn as NEVER, Zt as $ZodKSUID, _ as uuid$1, _n as $ZodURL, _r as own, _t as _unknown, a as nullable$1, an as $ZodNumberFormat, ar as derived, at as _properties, b as _base64url, bn as $ZodUnion, br as pick, bt as _uuid, c as optional$1, cn as $ZodPipe, cr as hide$3, ct as _slugify, d as record$1, dn as $ZodRecord, dr as joinValues, dt as _superRefine, en as $ZodNever, er as BIGINT_FORMAT_RANGES, et as _normalize, f as strictObject$1, fn as $ZodString, fr as jsonStringifyReplacer, ft as _toLowerCase, g as unknown$1, gn as $ZodULID, gr as omit, gt as _undefined$1, h as transform$1, hn as $ZodType, hr as normalizeParams, ht as _ulid, i as int$1, in as $ZodNumber, ir as constantCatch, it as _positive, j as _gt, jn as _decode, jt as $ZodCUID, k as _emoji, kn as integer, kt as $ZodCIDRv4, l as partial$1, ln as $ZodPrefault, lr as installLazyProp, lt as _startsWith, m as superRefine$1, mn as $ZodTransform, mr as mergeDefs, mt as _trim, n as _enum$1, nn as $ZodNull, nr as assignProp, nt as _number, on as $ZodObjectJIT, or as extend, ot as _refine, p as string$1, pn as $ZodStringFormat, pr as merge, pt as _toUpperCase, q as _lte, qn as flattenError, qt as $ZodISODuration, r as array$1, rn as $ZodNullable, rr as clone, rt as _overwrite, s as object$1, sn as $ZodOptional, sr as getEnumValues, st as _regex, t as datetime$1, tn as $ZodNonOptional, tr as NUMBER_FORMAT_RANGES, tt as _null$1, u as pipe$1, un as $ZodReadonly, ur as issue, ut as _string, v as _array, vn as $ZodUUID, vr as parsedType, vt as _uppercase, w as _cuid, wn as base64urlCharset, wr as shallowClone, wt as _xid, x as _boolean, xn as $ZodUnknown, xr as rawShape, xt as _uuidv4, y as _base64, yn as $ZodUndefined, yr as partial, yt as _url, z as _isoDateTime, zn as _safeEncode, zt as $ZodEmoji } from "./session-tTKx-X8h.js";
import { n as publishScanSession, t as getScanSessionSnapshot } from "./session-tZkRHlO9.js";
import { t as toggled } from "./list-toggle-Yprc9Nmq.js";
// node_modules/@tanstack/query-core/build/modern/queryObserver.js
/**
* A `QueryObserver` watches a single query in the `QueryCache` and computes a
* `QueryObserverResult` from its state, recomputing and notifying subscribers
* whenever the underlying query (or the observer's options) changes. It is
* the primitive that framework adapters (e.g. `useQuery`) build their hooks
* on top of, but it can also be used directly to observe and switch between
* queries outside of any framework.
* @example
* ```ts
* const observer = new QueryObserver(queryClient, {
*   queryKey: ['posts'],
*   queryFn: fetchPosts,
* })
*
* const unsubscribe = observer.subscribe((result) => {
*   console.log(result.data)
* })
* ```
*/
var QueryObserver = class extends Subscribable {
	#client;
	#currentQuery = void 0;
	#currentQueryInitialState = void 0;
	#currentResult = void 0;
	#currentResultState;
	#currentResultOptions;
	#selectError;
	#selectFn;
	#selectResult;
	#lastQueryWithDefinedData;
	#staleTimeoutId;
	#refetchIntervalId;
	#currentRefetchInterval;
	#trackedProps = /* @__PURE__ */ new Set();
	constructor(client, options) {
		super();
		this.options = options;
		this.#client = client;
		this.#selectError = null;
		this.bindMethods();
		this.setOptions(options);
	}
	/**
	* Binds the methods of the result (`refetch`) to the observer, so they keep working when destructured
	* from it. Subclasses override it to bind their own result methods as well.
	*/
	bindMethods() {
		this.refetch = this.refetch.bind(this);
	}
	onSubscribe() {
		if (this.listeners.size === 1) {
			this.#currentQuery.addObserver(this);
			if (shouldFetchOnMount(this.#currentQuery, this.options)) this.#executeFetch();
			else this.updateResult();
			this.#updateTimers();
		}
	}
	onUnsubscribe() {
		if (!this.hasListeners()) this.destroy();
	}
	/**
	* Returns whether the observed query is currently stale and configured
	* (via the `refetchOnReconnect` option) to refetch when the network
	* reconnects.
	* @returns `true` if the observer should refetch the query on reconnect.
	*/
	shouldFetchOnReconnect() {
		return shouldFetchOn(this.#currentQuery, this.options, this.options.refetchOnReconnect);
	}
	/**
	* Returns whether the observed query is currently stale and configured
	* (via the `refetchOnWindowFocus` option) to refetch when the window
	* regains focus.
	* @returns `true` if the observer should refetch the query on window focus.
	*/
	shouldFetchOnWindowFocus() {
		return shouldFetchOn(this.#currentQuery, this.options, this.options.refetchOnWindowFocus);
	}
	/**
	* Stops observing the current query: clears all listeners, cancels the
	* stale and refetch-interval timers, and removes this observer from the
	* query it was observing.
	*/
	destroy() {
		this.listeners = /* @__PURE__ */ new Set();
		this.#clearStaleTimeout();
		this.#clearRefetchInterval();
		this.#currentQuery.removeObserver(this);
	}
	/**
	* Updates the observer's options. This will re-resolve the query being
	* observed (switching to a different query if the `queryKey` changed),
	* trigger a fetch if the new options require one and the observer has
	* subscribers, recompute the current result, and reschedule the stale and
	* refetch-interval timers as needed.
	* @param options - The new observer options. They are defaulted with {@link
	* QueryClient#defaultQueryOptions} before being applied.
	* @throws {Error} If `enabled` is neither a boolean nor a function.
	* @example
	* ```ts
	* observer.setOptions({ queryKey: ['posts', 1], queryFn: () => fetchPost(1) })
	* // later: switch to a different query, reusing the same observer
	* observer.setOptions({ queryKey: ['posts', 2], queryFn: () => fetchPost(2) })
	* ```
	*/
	setOptions(options) {
		const prevOptions = this.options;
		const prevQuery = this.#currentQuery;
		this.options = this.#client.defaultQueryOptions(options);
		if (this.options.enabled !== void 0 && typeof this.options.enabled !== "boolean" && typeof this.options.enabled !== "function" && typeof resolveQueryValue(this.options.enabled, this.#currentQuery) !== "boolean") throw new Error("Expected enabled to be a boolean or a callback that returns a boolean");
		this.#updateQuery();
		this.#currentQuery.setOptions(this.options);
		if (prevOptions._defaulted && !shallowEqualObjects(this.options, prevOptions)) this.#client.getQueryCache().notify({
			type: "observerOptionsUpdated",
			query: this.#currentQuery,
			observer: this
		});
		const mounted = this.hasListeners();
		if (mounted && shouldFetchOptionally(this.#currentQuery, prevQuery, this.options, prevOptions)) this.#executeFetch();
		this.updateResult();
		if (mounted && (this.#currentQuery !== prevQuery || resolveQueryValue(this.options.enabled, this.#currentQuery) !== resolveQueryValue(prevOptions.enabled, this.#currentQuery) || resolveQueryValue(this.options.staleTime, this.#currentQuery) !== resolveQueryValue(prevOptions.staleTime, this.#currentQuery))) this.#updateStaleTimeout();
		const nextRefetchInterval = this.#computeRefetchInterval();
		if (mounted && (this.#currentQuery !== prevQuery || resolveQueryValue(this.options.enabled, this.#currentQuery) !== resolveQueryValue(prevOptions.enabled, this.#currentQuery) || nextRefetchInterval !== this.#currentRefetchInterval)) this.#updateRefetchInterval(nextRefetchInterval);
	}
	/**
	* Computes the result the observer would produce for the given (already-defaulted) options
	* right now, building the underlying `Query` if it doesn't exist yet, without waiting for a
	* subscription callback. Called by framework adapters on every render (e.g. `useQuery`) so the
	* returned value is available synchronously, ahead of `setOptions` triggering an actual fetch.
	* @param options - The defaulted observer options to compute the result for.
	* @returns The result for the given options.
	*/
	getOptimisticResult(options) {
		const query = this.#client.getQueryCache().build(this.#client, options);
		const result = this.createResult(query, options);
		if (!shallowEqualObjects(this.getCurrentResult(), result)) {
			this.#currentResult = result;
			this.#currentResultOptions = this.options;
			this.#currentResultState = this.#currentQuery.state;
		}
		return result;
	}
	/**
	* Returns the most recently computed `QueryObserverResult` for the
	* observed query. This is a point-in-time read; to be notified of updates
	* as they happen, subscribe to the observer instead (its inherited
	* `subscribe` method).
	* @returns The observer's latest result.
	* @example
	* ```ts
	* const result = observer.getCurrentResult()
	* console.log(result.status, result.data)
	* ```
	*/
	getCurrentResult() {
		return this.#currentResult;
	}
	/**
	* Wraps a `QueryObserverResult` in a `Proxy` that records which properties are read, via
	* {@link QueryObserver#trackProp} (and an optional `onPropTracked` callback). Used by framework
	* adapters when `notifyOnChangeProps` is not set, to implement its default "only re-render on
	* properties you actually read" behavior.
	* @param result - The result to wrap.
	* @param onPropTracked - Called with the name of each property that is read.
	* @returns A proxy of `result` that tracks property reads.
	*/
	trackResult(result, onPropTracked) {
		return new Proxy(result, { get: (target, key) => {
			this.trackProp(key);
			onPropTracked?.(key);
			return Reflect.get(target, key);
		} });
	}
	/**
	* Records that the given `QueryObserverResult` property was read, so a subsequent update only
	* notifies this observer if a tracked property actually changed. Normally called indirectly via
	* {@link QueryObserver#trackResult}'s proxy; exposed directly for adapters that track property
	* access themselves (e.g. through their own reactivity system) instead of via the proxy.
	* @param key - The name of the property that was read.
	*/
	trackProp(key) {
		this.#trackedProps.add(key);
	}
	/**
	* Returns the `Query` instance this observer is currently observing.
	* @returns The observed query.
	*/
	getCurrentQuery() {
		return this.#currentQuery;
	}
	/**
	* Refetches the observed query and returns a promise that resolves with
	* the resulting `QueryObserverResult`.
	* @param options - Set `cancelRefetch` to `false` to keep a running fetch instead of cancelling
	* it, and `throwOnError` to `true` to reject when the refetch fails.
	* @returns A promise that resolves with the result after the refetch.
	* @example
	* ```ts
	* const result = await observer.refetch({ cancelRefetch: false })
	* console.log(result.data)
	* ```
	*/
	refetch({ ...options } = {}) {
		return this.fetch({ ...options });
	}
	/**
	* Fetches a query defined by the given options without affecting this
	* observer's own tracked query or result, and returns a promise that
	* resolves with the `QueryObserverResult` for that fetch. This is useful
	* for prefetching data that another observer (e.g. a query about to be
	* navigated to) will need, ahead of time.
	* @param options - The observer options of the query to fetch.
	* @returns A promise that resolves with the result for the fetched query.
	* @example
	* ```ts
	* const result = await observer.fetchOptimistic({
	*   queryKey: ['posts', 2],
	*   queryFn: () => fetchPost(2),
	* })
	* console.log(result.data)
	* ```
	*/
	fetchOptimistic(options) {
		const defaultedOptions = this.#client.defaultQueryOptions(options);
		const query = this.#client.getQueryCache().build(this.#client, defaultedOptions);
		let unsubscribe = () => {};
		let resolveEarly;
		const cachePromise = new Promise((resolve) => {
			resolveEarly = resolve;
			unsubscribe = this.#client.getQueryCache().subscribe((event) => {
				if (event.type === "updated" && event.query.queryHash === query.queryHash && query.state.data !== void 0) {
					unsubscribe();
					resolve(this.createResult(query, defaultedOptions));
				}
			});
		});
		return Promise.race([query.fetch(defaultedOptions).then(() => {
			const result = this.createResult(query, defaultedOptions);
			resolveEarly?.(result);
			return result;
		}).finally(() => {
			unsubscribe();
		}), cachePromise]);
	}
	/**
	* Fetches the observed query and updates the result once the fetch settles. Used by `refetch` and,
	* in `InfiniteQueryObserver`, to fetch more pages.
	* @param fetchOptions - Options for this fetch. `cancelRefetch` defaults to `true`.
	* @returns A promise that resolves with the updated result.
	*/
	fetch(fetchOptions) {
		return this.#executeFetch({
			...fetchOptions,
			cancelRefetch: fetchOptions.cancelRefetch ?? true
		}).then(() => {
			this.updateResult();
			return this.#currentResult;
		});
	}
	#executeFetch(fetchOptions) {
		this.#updateQuery();
		let promise = this.#currentQuery.fetch(this.options, fetchOptions);
		if (!fetchOptions?.throwOnError) promise = promise.catch(noop);
		return promise;
	}
	#shouldScheduleTimer(timeout) {
		return !isServer() && resolveQueryValue(this.options.enabled, this.#currentQuery) !== false && isValidTimeout(timeout);
	}
	#updateStaleTimeout() {
		this.#clearStaleTimeout();
		const staleTime = resolveQueryValue(this.options.staleTime, this.#currentQuery);
		if (this.#currentResult.isStale || !this.#shouldScheduleTimer(staleTime)) return;
		const timeout = timeUntilStale(this.#currentResult.dataUpdatedAt, staleTime) + 1;
		this.#staleTimeoutId = timeoutManager.setTimeout(() => {
			if (!this.#currentResult.isStale) this.updateResult();
		}, timeout);
	}
	#computeRefetchInterval() {
		return resolveQueryValue(this.options.refetchInterval, this.#currentQuery) ?? false;
	}
	#updateRefetchInterval(nextInterval) {
		this.#clearRefetchInterval();
		this.#currentRefetchInterval = nextInterval;
		if (this.#currentRefetchInterval === 0 || !this.#shouldScheduleTimer(this.#currentRefetchInterval)) return;
		this.#refetchIntervalId = timeoutManager.setInterval(() => {
			if (this.options.refetchIntervalInBackground || focusManager.isFocused()) this.#executeFetch();
		}, this.#currentRefetchInterval);
	}
	#updateTimers() {
		this.#updateStaleTimeout();
		this.#updateRefetchInterval(this.#computeRefetchInterval());
	}
	#clearStaleTimeout() {
		if (this.#staleTimeoutId !== void 0) {
			timeoutManager.clearTimeout(this.#staleTimeoutId);
			this.#staleTimeoutId = void 0;
		}
	}
	#clearRefetchInterval() {
		if (this.#refetchIntervalId !== void 0) {
			timeoutManager.clearInterval(this.#refetchIntervalId);
			this.#refetchIntervalId = void 0;
		}
	}
	/**
	* Computes the result for a query and options from the query's state, applying `select`,
	* `placeholderData`, and the derived flags. Subclasses override it to add their own fields.
	* @param query - The query to compute the result for.
	* @param options - The observer options to compute the result with.
	* @returns The computed result.
	*/
	createResult(query, options) {
		const prevQuery = this.#currentQuery;
		const prevOptions = this.options;
		const prevResult = this.#currentResult;
		const prevResultState = this.#currentResultState;
		const prevResultOptions = this.#currentResultOptions;
		const queryInitialState = query !== prevQuery ? query.state : this.#currentQueryInitialState;
		const { state } = query;
		let newState = { ...state };
		let isPlaceholderData = false;
		let data;
		if (options._optimisticResults) {
			const mounted = this.hasListeners();
			const fetchOnMount = !mounted && shouldFetchOnMount(query, options);
			const fetchOptionally = mounted && shouldFetchOptionally(query, prevQuery, options, prevOptions);
			if (fetchOnMount || fetchOptionally) newState = {
				...newState,
				...fetchState(state.data, query.options)
			};
			if (options._optimisticResults === "isRestoring") newState.fetchStatus = "idle";
		}
		let { error, errorUpdatedAt, status } = newState;
		data = newState.data;
		let skipSelect = false;
		if (options.placeholderData !== void 0 && data === void 0 && status === "pending") {
			let placeholderData;
			if (prevResult?.isPlaceholderData && options.placeholderData === prevResultOptions?.placeholderData) {
				placeholderData = prevResult.data;
				skipSelect = true;
			} else placeholderData = typeof options.placeholderData === "function" ? options.placeholderData(this.#lastQueryWithDefinedData?.state.data, this.#lastQueryWithDefinedData) : options.placeholderData;
			if (placeholderData !== void 0) {
				status = "success";
				data = replaceData(prevResult?.data, placeholderData, options);
				isPlaceholderData = true;
			}
		}
		if (options.select && data !== void 0 && !skipSelect) {
			if (prevResult && data === prevResultState?.data && options.select === this.#selectFn) data = this.#selectResult;
			else try {
				this.#selectFn = options.select;
				data = options.select(data);
				data = replaceData(prevResult?.data, data, options);
				this.#selectResult = data;
				this.#selectError = null;
			} catch (selectError) {
				this.#selectError = selectError;
			}
		} else if (data === void 0) this.#selectError = null;
		if (this.#selectError) {
			error = this.#selectError;
			data = this.#selectResult;
			errorUpdatedAt = prevResult?.error === error ? prevResult.errorUpdatedAt : Date.now();
			status = "error";
			isPlaceholderData = false;
		}
		const isFetching = newState.fetchStatus === "fetching";
		const isPending = status === "pending";
		const isError = status === "error";
		const isLoading = isPending && isFetching;
		const hasData = data !== void 0;
		return {
			status,
			fetchStatus: newState.fetchStatus,
			isPending,
			isSuccess: status === "success",
			isError,
			isInitialLoading: isLoading,
			isLoading,
			data,
			dataUpdatedAt: newState.dataUpdatedAt,
			error,
			errorUpdatedAt,
			failureCount: newState.fetchFailureCount,
			failureReason: newState.fetchFailureReason,
			errorUpdateCount: newState.errorUpdateCount,
			isFetched: query.isFetched(),
			isFetchedAfterMount: newState.dataUpdateCount > queryInitialState.dataUpdateCount || newState.errorUpdateCount > queryInitialState.errorUpdateCount,
			isFetching,
			isRefetching: isFetching && !isPending,
			isLoadingError: isError && !hasData,
			isPaused: newState.fetchStatus === "paused",
			isPlaceholderData,
			isRefetchError: isError && hasData,
			isStale: isStale(query, options),
			refetch: this.refetch,
			isEnabled: resolveQueryValue(options.enabled, query) !== false
		};
	}
	/**
	* Recomputes and stores the current result from the current query/options, notifying listeners
	* if it changed. Framework adapters call this right after subscribing to make sure no query
	* update was missed in the gap between creating the observer and subscribing to it.
	*/
	updateResult() {
		const prevResult = this.#currentResult;
		const nextResult = this.createResult(this.#currentQuery, this.options);
		this.#currentResultState = this.#currentQuery.state;
		this.#currentResultOptions = this.options;
		if (this.#currentResultState.data !== void 0) this.#lastQueryWithDefinedData = this.#currentQuery;
		if (shallowEqualObjects(nextResult, prevResult)) return;
		this.#currentResult = nextResult;
		const shouldNotifyListeners = () => {
			if (!prevResult) return true;
			const { notifyOnChangeProps } = this.options;
			const notifyOnChangePropsValue = typeof notifyOnChangeProps === "function" ? notifyOnChangeProps() : notifyOnChangeProps;
			if (notifyOnChangePropsValue === "all" || !notifyOnChangePropsValue && !this.#trackedProps.size) return true;
			if (this.options.throwOnError && this.#currentResult.error !== prevResult.error) return true;
			for (const key of notifyOnChangePropsValue ?? this.#trackedProps) if (this.#currentResult[key] !== prevResult[key]) return true;
			return false;
		};
		const notifyListeners = shouldNotifyListeners();
		notifyManager.batch(() => {
			if (notifyListeners) this.listeners.forEach((listener) => {
				listener(this.#currentResult);
			});
			this.#client.getQueryCache().notify({
				query: this.#currentQuery,
				type: "observerResultsUpdated"
			});
		});
	}
	#updateQuery() {
		const query = this.#client.getQueryCache().build(this.#client, this.options);
		if (query === this.#currentQuery) return;
		const prevQuery = this.#currentQuery;
		this.#currentQuery = query;
		this.#currentQueryInitialState = query.state;
		if (this.hasListeners()) {
			prevQuery?.removeObserver(this);
			query.addObserver(this);
		}
	}
	/**
	* Updates the observer's result when the observed query changes, and reschedules its timers if it
	* has listeners.
	* @internal
	*/
	onQueryUpdate() {
		this.updateResult();
		if (this.hasListeners()) this.#updateTimers();
	}
};
/**
* Checks whether a query has no data yet and should do its initial load when an observer mounts.
* @param query - The query to check.
* @param options - The observer options.
* @returns `true` if the query is enabled, has no data, and isn't in an error state with
* `retryOnMount: false`.
*/
function shouldLoadOnMount(query, options) {
	return resolveQueryValue(options.enabled, query) !== false && query.state.data === void 0 && !(query.state.status === "error" && resolveQueryValue(options.retryOnMount, query) === false);
}
/**
* Checks whether a query should fetch when an observer mounts: either for its initial load, or
* because it has data and `refetchOnMount` asks for a refetch.
* @param query - The query to check.
* @param options - The observer options.
* @returns `true` if the query should fetch on mount.
*/
function shouldFetchOnMount(query, options) {
	return shouldLoadOnMount(query, options) || query.state.data !== void 0 && shouldFetchOn(query, options, options.refetchOnMount);
}
/**
* Checks whether a query should fetch for a `refetchOnMount`, `refetchOnWindowFocus`, or
* `refetchOnReconnect` option.
* @param query - The query to check.
* @param options - The observer options.
* @param field - The value of the option to check.
* @returns `true` if the query is enabled, not static, and the option is `'always'`, or is not
* `false` and the query is stale.
*/
function shouldFetchOn(query, options, field) {
	if (resolveQueryValue(options.enabled, query) !== false && resolveQueryValue(options.staleTime, query) !== "static") {
		const value = resolveQueryValue(field, query);
		return value === "always" || value !== false && isStale(query, options);
	}
	return false;
}
/**
* Checks whether a query should fetch after the observer's options change.
* @param query - The query observed with the new options.
* @param prevQuery - The query observed with the previous options.
* @param options - The new observer options.
* @param prevOptions - The previous observer options.
* @returns `true` if the query changed or was disabled before, it isn't a suspense query in an
* error state, and it is stale.
*/
function shouldFetchOptionally(query, prevQuery, options, prevOptions) {
	return (query !== prevQuery || resolveQueryValue(prevOptions.enabled, query) === false) && (!options.suspense || query.state.status !== "error") && isStale(query, options);
}
/**
* Checks whether a query is stale for the given observer options.
* @param query - The query to check.
* @param options - The observer options, whose `enabled` and `staleTime` are used.
* @returns `true` if the query is enabled and its data is stale for `staleTime`.
*/
function isStale(query, options) {
	return resolveQueryValue(options.enabled, query) !== false && query.isStaleByTime(resolveQueryValue(options.staleTime, query));
}
// node_modules/@tanstack/query-core/build/modern/mutationObserver.js
/**
* Observes a single mutation and derives a `MutationObserverResult` from it.
* A framework hook like `useMutation` creates one `MutationObserver` per hook
* call, keeps it stable across re-renders, calls `setOptions` when the options
* passed to the hook change, subscribes to it to re-render on updates, and
* reads `getCurrentResult()` for the value to return. Calling `mutate()`
* builds a new underlying `Mutation` in the `MutationCache` and executes it.
* @example
* ```ts
* const observer = new MutationObserver(queryClient, {
*   mutationFn: (variables: { title: string }) => addPost(variables),
* })
* ```
*/
var MutationObserver = class extends Subscribable {
	#client;
	#currentResult = void 0;
	#currentMutation;
	#mutateOptions;
	constructor(client, options) {
		super();
		this.#client = client;
		this.setOptions(options);
		this.bindMethods();
		this.#updateResult();
	}
	/**
	* Binds the methods of the result (`mutate` and `reset`) to the observer, so they keep working when
	* destructured from it.
	*/
	bindMethods() {
		this.mutate = this.mutate.bind(this);
		this.reset = this.reset.bind(this);
	}
	/**
	* Updates the observer's options.
	*
	* If the new `mutationKey` differs from the previous one (and both were
	* defined), the observer is reset, detaching it from the mutation it was
	* observing. Otherwise, if the currently observed mutation is still
	* `pending`, its options are updated in place as well.
	* @param options - The new mutation observer options. They are defaulted with {@link
	* QueryClient#defaultMutationOptions} before being applied.
	* @example
	* ```ts
	* observer.setOptions({
	*   mutationFn: (variables: { title: string }) => addPost(variables),
	*   onSuccess: (data) => console.log(data),
	* })
	* ```
	*/
	setOptions(options) {
		const prevOptions = this.options;
		this.options = this.#client.defaultMutationOptions(options);
		if (!shallowEqualObjects(this.options, prevOptions)) this.#client.getMutationCache().notify({
			type: "observerOptionsUpdated",
			mutation: this.#currentMutation,
			observer: this
		});
		if (prevOptions?.mutationKey && this.options.mutationKey && hashKey(prevOptions.mutationKey) !== hashKey(this.options.mutationKey)) this.reset();
		else if (this.#currentMutation?.state.status === "pending") this.#currentMutation.setOptions(this.options);
	}
	onSubscribe() {
		if (this.listeners.size === 1 && this.#currentMutation) {
			this.#currentMutation.addObserver(this);
			this.#updateResult();
		}
	}
	onUnsubscribe() {
		if (!this.hasListeners()) this.#currentMutation?.removeObserver(this);
	}
	/**
	* Updates the observer's result when the observed mutation changes, and notifies its listeners.
	* @internal
	* @param action - The action that updated the observed mutation, passed on to the observer's
	* callbacks.
	*/
	onMutationUpdate(action) {
		this.#updateResult();
		this.#notify(action);
	}
	/**
	* Returns the observer's current result, derived from the observed
	* mutation's state (or the default, `idle` state if no mutation has been
	* built yet, e.g. before the first `mutate()` call or after `reset()`).
	* @returns The observer's latest result.
	*/
	getCurrentResult() {
		return this.#currentResult;
	}
	/**
	* Detaches the observer from the mutation it is currently observing (if
	* any) and resets the observed result back to its default, `idle` state.
	*
	* This does not cancel an in-flight mutation; the mutation itself keeps
	* running to completion and its own callbacks still fire, but this
	* observer stops reflecting its state and a subsequent `mutate()` call
	* will build a brand new mutation.
	* @see {@link MutationObserver#mutate}
	* @example
	* ```ts
	* observer.reset()
	* ```
	*/
	reset() {
		this.#currentMutation?.removeObserver(this);
		this.#currentMutation = void 0;
		this.#updateResult();
		this.#notify();
	}
	/**
	* Builds a new `Mutation` in the `MutationCache` using the observer's
	* current options, detaches this observer from any previously observed
	* mutation, attaches it to the new one, and executes it with the given
	* variables.
	*
	* The optional per-call `options` (`onSuccess`/`onError`/`onSettled`) are
	* invoked once the mutation settles, in addition to any callbacks defined
	* on the observer's own options.
	* @param variables - The variables passed to the `mutationFn`.
	* @param options - Per-call `onSuccess`, `onError`, and `onSettled` callbacks.
	* @returns A promise that resolves with the mutation's data, or rejects with its error.
	* @example
	* ```ts
	* await observer.mutate(
	*   { title: 'New post' },
	*   { onSuccess: (data) => console.log(data) },
	* )
	* ```
	*/
	mutate(variables, options) {
		this.#mutateOptions = options;
		this.#currentMutation?.removeObserver(this);
		this.#currentMutation = this.#client.getMutationCache().build(this.#client, this.options);
		this.#currentMutation.addObserver(this);
		return this.#currentMutation.execute(variables);
	}
	#updateResult() {
		const state = this.#currentMutation?.state ?? getDefaultState();
		this.#currentResult = {
			...state,
			isPending: state.status === "pending",
			isSuccess: state.status === "success",
			isError: state.status === "error",
			isIdle: state.status === "idle",
			mutate: this.mutate,
			reset: this.reset
		};
	}
	#notify(action) {
		notifyManager.batch(() => {
			const mutateOptions = this.#mutateOptions;
			if (mutateOptions && this.hasListeners()) {
				const variables = this.#currentResult.variables;
				const onMutateResult = this.#currentResult.context;
				const context = {
					client: this.#client,
					meta: this.options.meta,
					mutationKey: this.options.mutationKey
				};
				if (action?.type === "success") {
					try {
						mutateOptions.onSuccess?.(action.data, variables, onMutateResult, context);
					} catch (e) {
						Promise.reject(e);
					}
					try {
						mutateOptions.onSettled?.(action.data, null, variables, onMutateResult, context);
					} catch (e) {
						Promise.reject(e);
					}
				} else if (action?.type === "error") {
					try {
						mutateOptions.onError?.(action.error, variables, onMutateResult, context);
					} catch (e) {
						Promise.reject(e);
					}
					try {
						mutateOptions.onSettled?.(void 0, action.error, variables, onMutateResult, context);
					} catch (e) {
						Promise.reject(e);
					}
				}
			}
			this.listeners.forEach((listener) => {
				listener(this.#currentResult);
			});
		});
	}
};
// node_modules/@tanstack/query-core/build/modern/queriesObserver.js
/**
* Returns the items of `array1` that are not in `array2`.
* @param array1 - The items to filter.
* @param array2 - The items to exclude.
* @returns A new array with the items of `array1` that are not in `array2`.
*/
function difference(array1, array2) {
	const excludeSet = new Set(array2);
	return array1.filter((x) => !excludeSet.has(x));
}
/**
* A `QueriesObserver` watches an array of queries at once, exposing them as
* a single array of `QueryObserverResult`s (or, when a `combine` option is
* given, as a combined value derived from that array). It manages one
* internal `QueryObserver` per query, and is the primitive that framework
* adapters (e.g. `useQueries`) build their hooks on top of.
* @example
* ```ts
* const observer = new QueriesObserver(queryClient, [
*   { queryKey: ['post', 1], queryFn: fetchPost },
*   { queryKey: ['post', 2], queryFn: fetchPost },
* ])
*
* const unsubscribe = observer.subscribe((result) => {
*   console.log(result)
* })
* ```
*/
var QueriesObserver = class extends Subscribable {
	#client;
	#result;
	#queries;
	#options;
	#observers;
	#combinedResult;
	#lastCombine;
	#lastResult;
	#lastQueryHashes;
	#observerMatches = [];
	constructor(client, queries, options) {
		super();
		this.#client = client;
		this.#options = options;
		this.#queries = [];
		this.#observers = [];
		this.#result = [];
		this.setQueries(queries);
	}
	onSubscribe() {
		if (this.listeners.size === 1) this.#observers.forEach((observer) => {
			observer.subscribe((result) => {
				this.#onUpdate(observer, result);
			});
		});
	}
	onUnsubscribe() {
		if (!this.listeners.size) this.destroy();
	}
	/**
	* Stops observing all queries: clears all listeners and destroys every
	* underlying `QueryObserver` this observer manages.
	*/
	destroy() {
		this.listeners = /* @__PURE__ */ new Set();
		this.#observers.forEach((observer) => {
			observer.destroy();
		});
	}
	/**
	* Replaces the set of queries being observed. Existing `QueryObserver`s
	* are reused for queries that match an already-observed query hash;
	* observers for queries that are no longer present are destroyed, and new
	* observers are created and subscribed to for newly added queries.
	* @param queries - The options of the queries to observe.
	* @param options - Replaces the observer's options, e.g. its `combine` function.
	* @example
	* ```ts
	* observer.setQueries([
	*   { queryKey: ['post', 1], queryFn: fetchPost },
	*   { queryKey: ['post', 3], queryFn: fetchPost },
	* ])
	* ```
	*/
	setQueries(queries, options) {
		this.#queries = queries;
		this.#options = options;
		notifyManager.batch(() => {
			const prevObservers = this.#observers;
			const newObserverMatches = this.#findMatchingObservers(this.#queries);
			newObserverMatches.forEach((match) => match.observer.setOptions(match.defaultedQueryOptions));
			const newObservers = newObserverMatches.map((match) => match.observer);
			const newResult = newObservers.map((observer) => observer.getCurrentResult());
			const hasLengthChange = prevObservers.length !== newObservers.length;
			const hasIndexChange = newObservers.some((observer, index) => observer !== prevObservers[index]);
			const hasStructuralChange = hasLengthChange || hasIndexChange;
			const hasResultChange = hasStructuralChange ? true : newResult.some((result, index) => {
				const prev = this.#result[index];
				return !prev || !shallowEqualObjects(result, prev);
			});
			if (!hasStructuralChange && !hasResultChange) return;
			if (hasStructuralChange) {
				this.#observerMatches = newObserverMatches;
				this.#observers = newObservers;
			}
			this.#result = newResult;
			if (!this.hasListeners()) return;
			if (hasStructuralChange) {
				difference(prevObservers, newObservers).forEach((observer) => {
					observer.destroy();
				});
				difference(newObservers, prevObservers).forEach((observer) => {
					observer.subscribe((result) => {
						this.#onUpdate(observer, result);
					});
				});
			}
			this.#notify();
		});
	}
	/**
	* Returns the most recently computed array of `QueryObserverResult`s, one
	* per observed query, in the same order as the queries passed to the
	* constructor or `setQueries`.
	* @returns The current results.
	* @example
	* ```ts
	* const results = observer.getCurrentResult()
	* const data = results.map((result) => result.data)
	* ```
	*/
	getCurrentResult() {
		return this.#result;
	}
	/**
	* Returns the underlying `Query` instances currently being observed, in
	* the same order as the queries passed to the constructor or `setQueries`.
	* @returns The observed queries.
	*/
	getQueries() {
		return this.#observers.map((observer) => observer.getCurrentQuery());
	}
	/**
	* Returns the underlying `QueryObserver` instances this observer manages,
	* in the same order as the queries passed to the constructor or
	* `setQueries`.
	* @returns The managed query observers.
	*/
	getObservers() {
		return this.#observers;
	}
	/**
	* The `QueriesObserver` counterpart of {@link QueryObserver#getOptimisticResult} — computes
	* the result for the given (already-defaulted) queries right now, synchronously. Called by
	* framework adapters (e.g. `useQueries`) ahead of subscribing, returning a tuple of the raw
	* per-query results, a function to compute the combined result from them, and a function to
	* wrap the results for property-access tracking.
	* @param queries - The defaulted options of the queries to compute the result for.
	* @param combine - The `combine` function used by the returned `combineResult`, if any.
	* @returns A tuple of the per-query results, a function that computes the combined result, and a
	* function that returns the results wrapped for property-access tracking.
	*/
	getOptimisticResult(queries, combine) {
		const matches = this.#findMatchingObservers(queries);
		const result = matches.map((match) => match.observer.getOptimisticResult(match.defaultedQueryOptions));
		const queryHashes = matches.map((match) => match.defaultedQueryOptions.queryHash);
		return [
			result,
			(r) => {
				return this.#combineResult(r ?? result, combine, queryHashes);
			},
			() => {
				return this.#trackResult(result, matches);
			}
		];
	}
	#trackResult(result, matches) {
		const trackedProps = /* @__PURE__ */ new Set();
		return matches.map((match, index) => {
			const observerResult = result[index];
			return !match.defaultedQueryOptions.notifyOnChangeProps ? match.observer.trackResult(observerResult, (accessedProp) => {
				if (!trackedProps.has(accessedProp)) {
					trackedProps.add(accessedProp);
					matches.forEach((m) => {
						m.observer.trackProp(accessedProp);
					});
				}
			}) : observerResult;
		});
	}
	#combineResult(input, combine, queryHashes) {
		if (combine) {
			const lastHashes = this.#lastQueryHashes;
			const queryHashesChanged = queryHashes !== void 0 && lastHashes !== void 0 && (lastHashes.length !== queryHashes.length || queryHashes.some((hash, i) => hash !== lastHashes[i]));
			if (this.#result !== this.#lastResult || queryHashesChanged || combine !== this.#lastCombine) {
				this.#lastCombine = combine;
				this.#lastResult = this.#result;
				if (queryHashes !== void 0) this.#lastQueryHashes = queryHashes;
				this.#combinedResult = replaceEqualDeep(this.#combinedResult, combine(input));
			}
			return this.#combinedResult;
		}
		return input;
	}
	#shouldSkipCombine() {
		return !this.#options?.combine || this.#observers.some((observer, index) => {
			return observer.options.suspense && this.#result[index]?.data === void 0;
		});
	}
	#findMatchingObservers(queries) {
		const prevObserversMap = /* @__PURE__ */ new Map();
		this.#observers.forEach((observer) => {
			const key = observer.options.queryHash;
			if (!key) return;
			const previousObservers = prevObserversMap.get(key);
			if (previousObservers) previousObservers.push(observer);
			else prevObserversMap.set(key, [observer]);
		});
		const observers = [];
		queries.forEach((options) => {
			const defaultedOptions = this.#client.defaultQueryOptions(options);
			const observer = prevObserversMap.get(defaultedOptions.queryHash)?.shift() ?? new QueryObserver(this.#client, defaultedOptions);
			observers.push({
				defaultedQueryOptions: defaultedOptions,
				observer
			});
		});
		return observers;
	}
	#onUpdate(observer, result) {
		const index = this.#observers.indexOf(observer);
		if (index !== -1) {
			this.#result = this.#result.slice();
			this.#result[index] = result;
			this.#notify();
		}
	}
	#notify() {
		if (this.hasListeners()) {
			const shouldSkipCombine = this.#shouldSkipCombine();
			const previousResult = this.#combinedResult;
			const newResult = shouldSkipCombine ? previousResult : this.#combineResult(this.#trackResult(this.#result, this.#observerMatches), this.#options?.combine);
			if (shouldSkipCombine || previousResult !== newResult) notifyManager.batch(() => {
				this.listeners.forEach((listener) => {
					listener(this.#result);
				});
			});
		}
	}
};
// node_modules/@tanstack/query-core/build/modern/streamedQuery.js
/**
* This is a helper function to create a query function that streams data from an AsyncIterable.
* Data will be an Array of all the chunks received.
* The query will be in a 'pending' state until the first chunk of data is received, but will go to 'success' after that.
* The query will stay in fetchStatus 'fetching' until the stream ends.
* Explicit cancellation stops further cache updates, even if `streamFn` does not read `signal`.
* If `streamFn` does not read `signal`, the stream continues after the last observer unsubscribes.
* @param options - The `streamFn` that returns an AsyncIterable to stream data from, and the optional
* `refetchMode`, `reducer`, and `initialValue` options.
* @returns A query function to pass as `queryFn`.
* @example
* ```ts
* await queryClient.query({
*   queryKey: ['data'],
*   queryFn: streamedQuery({
*     streamFn: fetchDataInChunks,
*   }),
* })
* ```
*/
function streamedQuery({ streamFn, refetchMode = "reset", reducer = (items, chunk) => addToEnd(items, chunk), initialValue = [] }) {
	return async (context) => {
		const signal = context[fetchSignal];
		if (signal?.aborted) return initialValue;
		const query = context.client.getQueryCache().find({
			queryKey: context.queryKey,
			exact: true
		});
		const isRefetch = !!query && query.isFetched();
		if (isRefetch && refetchMode === "reset") query.setState({
			...query.resetState,
			fetchStatus: "fetching"
		});
		let result = initialValue;
		let cancelled = false;
		const streamFnContext = addConsumeAwareSignal({
			client: context.client,
			meta: context.meta,
			queryKey: context.queryKey,
			pageParam: context.pageParam,
			direction: context.direction
		}, () => context.signal, () => cancelled = true, signal);
		const isStreamInactive = () => cancelled || signal?.aborted === true;
		const stream = await streamFn(streamFnContext);
		const isReplaceRefetch = isRefetch && refetchMode === "replace";
		for await (const chunk of stream) {
			if (isStreamInactive()) break;
			if (isReplaceRefetch) result = reducer(result, chunk);
			else context.client.setQueryData(context.queryKey, (prev) => reducer(prev === void 0 ? initialValue : prev, chunk));
		}
		if (isReplaceRefetch && !isStreamInactive()) context.client.setQueryData(context.queryKey, result);
		const data = context.client.getQueryData(context.queryKey);
		return data === void 0 ? initialValue : data;
	};
}
// node_modules/@tanstack/react-query/build/modern/IsRestoringProvider.js
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var IsRestoringContext = import_react.createContext(false);
/**
* If you are using `PersistQueryClientProvider`, you can also use the `useIsRestoring` hook alongside it to
* check if a restore is currently in progress. `useQuery` and friends also check this internally to avoid
* race conditions between the restore and mounting queries.
* @returns `true` while a persisted client is being restored, `false` otherwise.
*/
var useIsRestoring = () => import_react.useContext(IsRestoringContext);
IsRestoringContext.Provider;
// node_modules/@tanstack/react-query/build/modern/QueryErrorResetBoundary.js
var import_jsx_runtime = require_jsx_runtime();
/**
* Creates the value shared through the boundary's context, which tracks whether a reset was
* requested.
* @returns The `clearReset`, `isReset`, and `reset` functions of the boundary.
*/
function createValue() {
	let isReset = false;
	return {
		/**
		* Clears the reset state, so queries know not to try again until the boundary is reset again.
		*/
		clearReset: () => {
			isReset = false;
		},
		/**
		* Resets any query errors within the boundary, so queries know they can try again.
		*/
		reset: () => {
			isReset = true;
		},
		/**
		* Returns whether the boundary has been reset and not yet cleared.
		* @returns `true` if the boundary has been reset and not yet cleared.
		*/
		isReset: () => {
			return isReset;
		}
	};
}
var QueryErrorResetBoundaryContext = import_react.createContext(createValue());
/**
* This hook will reset any query errors within the closest `QueryErrorResetBoundary`. If there is no boundary
* defined it will reset them globally.
* @returns The boundary's {@link QueryErrorResetBoundaryValue}.
* @example
* ```tsx
* import { ErrorBoundary } from 'react-error-boundary'
* import { useQueryErrorResetBoundary } from '@tanstack/react-query'
*
* function App({ children }: { children: React.ReactNode }) {
*   const { reset } = useQueryErrorResetBoundary()
*
*   return (
*     <ErrorBoundary
*       onReset={reset}
*       fallbackRender={({ resetErrorBoundary }) => (
*         <div>
*           There was an error!
*           <button onClick={() => resetErrorBoundary()}>Try again</button>
*         </div>
*       )}
*     >
*       {children}
*     </ErrorBoundary>
*   )
* }
* ```
*/
var useQueryErrorResetBoundary = () => import_react.useContext(QueryErrorResetBoundaryContext);
// node_modules/@tanstack/react-query/build/modern/errorBoundaryUtils.js
/**
* Turns off `retryOnMount` for a query that throws its errors (with `suspense` or `throwOnError`),
* unless the error boundary has been reset, so a remount doesn't retry the failed query before the
* user resets the boundary. Mutates the options.
* @param options - The defaulted query options to adjust.
* @param errorResetBoundary - The value of the nearest `QueryErrorResetBoundary`.
* @param query - The query, used to evaluate a `throwOnError` function against its error.
*/
var ensurePreventErrorBoundaryRetry = (options, errorResetBoundary, query) => {
	const throwOnError = query?.state.status === "error" && typeof options.throwOnError === "function" ? shouldThrowError(options.throwOnError, [query.state.error, query]) : options.throwOnError;
	if (options.suspense || throwOnError) {
		if (!errorResetBoundary.isReset()) options.retryOnMount = false;
	}
};
/**
* Clears the reset state of the error boundary after the component mounts, so later errors are
* thrown to the boundary again.
* @param errorResetBoundary - The value of the nearest `QueryErrorResetBoundary`.
*/
var useClearResetErrorBoundary = (errorResetBoundary) => {
	import_react.useEffect(() => {
		errorResetBoundary.clearReset();
	}, [errorResetBoundary]);
};
/**
* Checks whether the query error should be thrown to the nearest error boundary: the query errored
* and isn't fetching, the boundary hasn't been reset, and either `suspense` is enabled with no data
* or `throwOnError` says so.
* @param params - The observer `result`, the `errorResetBoundary`, the `throwOnError` option, the
* `query`, and the `suspense` option.
* @returns `true` if the error should be thrown.
*/
var getHasError = ({ result, errorResetBoundary, throwOnError, query, suspense }) => {
	return result.isError && !errorResetBoundary.isReset() && !result.isFetching && query && (suspense && result.data === void 0 || shouldThrowError(throwOnError, [result.error, query]));
};
// node_modules/@tanstack/react-query/build/modern/suspense.js
/**
* Raises `staleTime` and a numeric `gcTime` to at least 1000ms when `suspense` is enabled, so a
* component that remounts after suspending doesn't refetch right away or find the query garbage
* collected. A `'static'` `staleTime` is kept as is. Mutates the options.
* @param defaultedOptions - The defaulted query options to adjust.
*/
var ensureSuspenseTimers = (defaultedOptions) => {
	if (defaultedOptions.suspense) {
		const MIN_SUSPENSE_TIME_MS = 1e3;
		const clamp = (value) => value === "static" ? value : Math.max(value ?? MIN_SUSPENSE_TIME_MS, MIN_SUSPENSE_TIME_MS);
		const originalStaleTime = defaultedOptions.staleTime;
		defaultedOptions.staleTime = typeof originalStaleTime === "function" ? (...args) => clamp(originalStaleTime(...args)) : clamp(originalStaleTime);
		if (typeof defaultedOptions.gcTime === "number") defaultedOptions.gcTime = Math.max(defaultedOptions.gcTime, MIN_SUSPENSE_TIME_MS);
	}
};
/**
* Checks whether a query should suspend: `suspense` is enabled and the result is still `pending`.
* @param defaultedOptions - The defaulted query options, if any.
* @param result - The current result of the observer.
* @returns `true` if the component should suspend.
*/
var shouldSuspend = (defaultedOptions, result) => defaultedOptions?.suspense && result.isPending;
/**
* Fetches the query for a suspending component, without affecting the observer's own result. If
* the fetch fails, the reset state of the error boundary is cleared, so the error is thrown to it.
* @param defaultedOptions - The defaulted query options to fetch with.
* @param observer - The observer of the query.
* @param errorResetBoundary - The value of the nearest `QueryErrorResetBoundary`.
* @returns A promise that resolves once the fetch settles. It never rejects.
*/
var fetchOptimistic = (defaultedOptions, observer, errorResetBoundary) => observer.fetchOptimistic(defaultedOptions).catch(() => {
	errorResetBoundary.clearReset();
});
// node_modules/@tanstack/react-query/build/modern/useQueries.js
/**
* The `useQueries` hook can be used to fetch a variable number of queries.
*
* The `queries` key accepts an array with query option objects mostly identical to `useQuery` — the top-level
* `subscribed` option isn't accepted per query (see `placeholderData` below for another difference). A custom
* `QueryClient` is supplied once, as `useQueries`' own top-level second argument, rather than per query.
*
* Having the same query key more than once in the array of query objects may cause some data to be shared
* between queries. To avoid this, consider de-duplicating the queries and map the results back to the desired
* structure.
*
* The `combine` option can be used to combine the results of the queries into a single value. The result will
* be structurally shared to be as referentially stable as possible.
* @param options - The `queries` array to run, and the optional `combine` and `subscribed` options.
* @param queryClient - Use this to provide a custom `QueryClient`. Otherwise, the one from the nearest context
* will be used.
* @returns The combined result. Without `combine`, this is an array with all the query results, in the same
* order as the input. When `combine` is provided, this is the value returned by `combine` instead.
* @throws {Error} The error of the first query that should be thrown to the nearest error boundary (see
* `throwOnError`). While suspending, it throws a promise instead.
* @remarks The `combine` function only re-runs if it changed referentially, or if any of the query results
* changed. An inlined `combine` function, as shown in the example below, therefore runs on every render — wrap
* it in `useCallback`, or extract it to a stable function reference if it doesn't have any dependencies, to
* avoid that.
*
* Unlike `useQuery`, `useQueries` cannot infer the `data` argument of an _inline_ `select` from its sibling
* `queryFn`. Because `useQueries` infers the type of the whole `queries` array at once, the `select` parameter
* of a query object written inline cannot be contextually typed from that same object's `queryFn`, so it falls
* back to `unknown` — a [known TypeScript limitation](https://github.com/TanStack/query/issues/6556). Annotate
* the `select` parameter explicitly, or define the query with {@link queryOptions}, which resolves its types in
* a single object _before_ it reaches `useQueries`, to work around this — see the example below. The same
* limitation applies to {@link useSuspenseQueries}.
*
* `placeholderData` is supported here too, but unlike `useQuery`, it doesn't receive information from
* previously rendered queries, because the number of queries can differ between renders.
* @example
* ```tsx
* import { useQueries } from '@tanstack/react-query'
*
* function Posts({ ids }: { ids: Array<number> }) {
*   const postQueries = useQueries({
*     queries: ids.map((id) => ({
*       queryKey: ['post', id],
*       queryFn: () => fetchPost(id),
*       staleTime: Infinity,
*     })),
*   })
*
*   return (
*     <ul>
*       {postQueries.map((query, index) => {
*         if (query.isPending) return <li key={ids[index]}>Loading...</li>
*         if (query.isError) return <li key={ids[index]}>Error: {query.error.message}</li>
*         return <li key={ids[index]}>{query.data.title}</li>
*       })}
*     </ul>
*   )
* }
* ```
* @example
* Combining results into a single value:
* ```tsx
* import { useQueries } from '@tanstack/react-query'
*
* function Posts({ ids }: { ids: Array<number> }) {
*   const { data, isPending, isError } = useQueries({
*     queries: ids.map((id) => ({
*       queryKey: ['post', id],
*       queryFn: () => fetchPost(id),
*     })),
*     combine: (postQueries) => {
*       return {
*         data: postQueries.map((query) => query.data),
*         isPending: postQueries.some((query) => query.isPending),
*         isError: postQueries.some((query) => query.isError),
*       }
*     },
*   })
*
*   if (isPending) return 'Loading...'
*   if (isError) return 'Error loading posts'
*
*   return (
*     <ul>
*       {data.map((post) => (
*         <li key={post?.id}>{post?.title}</li>
*       ))}
*     </ul>
*   )
* }
* ```
* @example
* Typing `select` via {@link queryOptions}. Note that spreading a `queryOptions` result and overriding
* `select` inline still falls back to `unknown` — wrap the spread in `queryOptions` again so the override is
* resolved before it reaches `useQueries`:
* ```tsx
* import { queryOptions, useQueries } from '@tanstack/react-query'
*
* const postOptions = (id: number) =>
*   queryOptions({
*     queryKey: ['post', id],
*     queryFn: () => fetchPost(id),
*   })
*
* function PostTitle({ id }: { id: number }) {
*   const [{ data: broken }] = useQueries({
*     queries: [
*       {
*         ...postOptions(id),
*         // ❌ `data` is `unknown` here
*         select: (data) => data.title,
*       },
*     ],
*   })
*
*   const [{ data: fixed }] = useQueries({
*     queries: [
*       queryOptions({
*         ...postOptions(id),
*         // ✅ `data` is `Post`
*         select: (data) => data.title,
*       }),
*     ],
*   })
*
*   return <h1>{fixed}</h1>
* }
* ```
*/
function useQueries({ queries, ...options }, queryClient) {
	const client = useQueryClient(queryClient);
	const isRestoring = useIsRestoring();
	const errorResetBoundary = useQueryErrorResetBoundary();
	const subscribed = options.subscribed !== false;
	const defaultedQueries = import_react.useMemo(() => queries.map((opts) => {
		const defaultedOptions = client.defaultQueryOptions(opts);
		defaultedOptions._optimisticResults = isRestoring ? "isRestoring" : subscribed ? "optimistic" : void 0;
		return defaultedOptions;
	}), [
		queries,
		client,
		isRestoring,
		subscribed
	]);
	defaultedQueries.forEach((queryOptions) => {
		ensureSuspenseTimers(queryOptions);
		const query = client.getQueryCache().get(queryOptions.queryHash);
		ensurePreventErrorBoundaryRetry(queryOptions, errorResetBoundary, query);
	});
	useClearResetErrorBoundary(errorResetBoundary);
	const [observer] = import_react.useState(() => new QueriesObserver(client, defaultedQueries, options));
	const [optimisticResult, getCombinedResult, trackResult] = observer.getOptimisticResult(defaultedQueries, options.combine);
	import_react.useEffect(() => {
		observer.setQueries(defaultedQueries, options);
	}, [
		defaultedQueries,
		options,
		observer
	]);
	const shouldSubscribe = !isRestoring && subscribed;
	import_react.useSyncExternalStore(import_react.useCallback((onStoreChange) => shouldSubscribe ? observer.subscribe(notifyManager.batchCalls(onStoreChange)) : noop, [observer, shouldSubscribe]), () => observer.getCurrentResult(), () => observer.getCurrentResult());
	const suspensePromises = optimisticResult.some((result, index) => shouldSuspend(defaultedQueries[index], result)) ? optimisticResult.flatMap((result, index) => {
		const opts = defaultedQueries[index];
		if (opts && shouldSuspend(opts, result)) return fetchOptimistic(opts, new QueryObserver(client, opts), errorResetBoundary);
		return [];
	}) : [];
	if (suspensePromises.length > 0) throw Promise.all(suspensePromises);
	const firstSingleResultWhichShouldThrow = optimisticResult.find((result, index) => {
		const query = defaultedQueries[index];
		return query && getHasError({
			result,
			errorResetBoundary,
			throwOnError: query.throwOnError,
			query: client.getQueryCache().get(query.queryHash),
			suspense: query.suspense
		});
	});
	if (firstSingleResultWhichShouldThrow) throw firstSingleResultWhichShouldThrow.error;
	return getCombinedResult(trackResult());
}
// node_modules/@tanstack/react-query/build/modern/useBaseQuery.js
/**
* Base implementation shared by `useQuery`, `useInfiniteQuery`, `useSuspenseQuery`, and
* `useSuspenseInfiniteQuery`.
* @param options - The options passed to the calling hook.
* @param Observer - The observer class from query-core (`QueryObserver` or
* `InfiniteQueryObserver`).
* @param queryClient - Use this to use a custom `QueryClient`. Otherwise, the one from the nearest
* context will be used.
* @returns The query result, tracking which properties are read unless `notifyOnChangeProps` is
* set.
* @throws {Error} If `options` is not an object (outside production), or the query error when it should be
* thrown to the nearest error boundary (see `throwOnError`). While suspending, it throws a promise instead.
*/
function useBaseQuery(options, Observer, queryClient) {
	const isRestoring = useIsRestoring();
	const errorResetBoundary = useQueryErrorResetBoundary();
	const client = useQueryClient(queryClient);
	const defaultedOptions = client.defaultQueryOptions(options);
	const query = client.getQueryCache().get(defaultedOptions.queryHash);
	const subscribed = options.subscribed !== false;
	defaultedOptions._optimisticResults = isRestoring ? "isRestoring" : subscribed ? "optimistic" : void 0;
	ensureSuspenseTimers(defaultedOptions);
	ensurePreventErrorBoundaryRetry(defaultedOptions, errorResetBoundary, query);
	useClearResetErrorBoundary(errorResetBoundary);
	const [observer] = import_react.useState(() => new Observer(client, defaultedOptions));
	const result = observer.getOptimisticResult(defaultedOptions);
	import_react.useEffect(() => {
		observer.setOptions(defaultedOptions);
	}, [defaultedOptions, observer]);
	const shouldSubscribe = !isRestoring && subscribed;
	import_react.useSyncExternalStore(import_react.useCallback((onStoreChange) => {
		const unsubscribe = shouldSubscribe ? observer.subscribe(notifyManager.batchCalls(onStoreChange)) : noop;
		observer.updateResult();
		return unsubscribe;
	}, [observer, shouldSubscribe]), () => observer.getCurrentResult(), () => observer.getCurrentResult());
	if (shouldSuspend(defaultedOptions, result)) throw fetchOptimistic(defaultedOptions, observer, errorResetBoundary);
	if (getHasError({
		result,
		errorResetBoundary,
		throwOnError: defaultedOptions.throwOnError,
		query,
		suspense: defaultedOptions.suspense
	})) throw result.error;
	return !defaultedOptions.notifyOnChangeProps ? observer.trackResult(result) : result;
}
// node_modules/@tanstack/react-query/build/modern/useQuery.js
function useQuery(options, queryClient) {
	return useBaseQuery(options, QueryObserver, queryClient);
}
// node_modules/@tanstack/react-query/build/modern/queryOptions.js
function queryOptions(options) {
	return options;
}
// node_modules/@tanstack/react-query/build/modern/useMutation.js
/**
* Unlike queries, mutations are typically used to create/update/delete data or perform server side-effects.
* `useMutation` is the hook for that.
* @param options - The {@link UseMutationOptions} to use — everything you can pass to `useMutation`.
* @param queryClient - Use this to use a custom `QueryClient`. Otherwise, the one from the nearest context will
* be used.
* @returns `mutate`/`mutateAsync` also accept per-call `onSuccess`/`onError`/`onSettled` callbacks as a second
* argument, useful for triggering call-site side effects (e.g. navigation) without coupling them to the shared
* mutation definition. Hook-level callbacks (passed to `options`) fire for every mutation; per-call callbacks
* fire only for the latest call you've made, and only while the component is still mounted — unmounting before
* the mutation settles removes the subscription and prevents them from firing.
* @throws {Error} The mutation error, when `throwOnError` is `true` or returns `true` for it, so that it is
* thrown to the nearest error boundary.
* @see {@link mutationOptions} to share these options across multiple `useMutation` call sites, or to look
* the mutation up elsewhere via its `mutationKey` (e.g. with `useMutationState`).
* @example
* ```tsx
* import { useMutation, useQueryClient } from '@tanstack/react-query'
*
* function AddTodo() {
*   const queryClient = useQueryClient()
*
*   const addMutation = useMutation({
*     mutationFn: addTodo,
*     onSuccess: () => queryClient.invalidateQueries({ queryKey: ['todos'] }),
*   })
*
*   return (
*     <button
*       onClick={() =>
*         addMutation.mutate('Item', {
*           onError: (error) => console.error('Failed to add item:', error),
*         })
*       }
*     >
*       Add
*     </button>
*   )
* }
* ```
* @example
* Rendering the mutation's own state, rather than just firing it off:
* ```tsx
* import { useMutation, useQueryClient } from '@tanstack/react-query'
*
* function AddTodo() {
*   const queryClient = useQueryClient()
*
*   const addMutation = useMutation({
*     mutationFn: addTodo,
*     onSuccess: () => queryClient.invalidateQueries({ queryKey: ['todos'] }),
*   })
*
*   return (
*     <div>
*       {addMutation.isPending ? (
*         'Adding todo...'
*       ) : (
*         <>
*           {addMutation.isError ? (
*             <div>An error occurred: {addMutation.error.message}</div>
*           ) : null}
*           <button onClick={() => addMutation.mutate('Item')}>Add</button>
*         </>
*       )}
*     </div>
*   )
* }
* ```
* @example
* Optimistic update via `onMutate`, rolling back on `onError`:
* ```tsx
* import { useMutation, useQueryClient } from '@tanstack/react-query'
*
* function AddTodo() {
*   const queryClient = useQueryClient()
*
*   const addMutation = useMutation({
*     mutationFn: addTodo,
*     onMutate: async (newTodo) => {
*       await queryClient.cancelQueries({ queryKey: ['todos'] })
*       const previousTodos = queryClient.getQueryData<Array<string>>(['todos'])
*
*       queryClient.setQueryData<Array<string>>(['todos'], (old) => [
*         ...(old ?? []),
*         newTodo,
*       ])
*
*       // Passed to `onError` as `onMutateResult` if the mutation fails.
*       return { previousTodos }
*     },
*     onError: (_err, _newTodo, onMutateResult) => {
*       queryClient.setQueryData(['todos'], onMutateResult?.previousTodos)
*     },
*     onSettled: () => {
*       queryClient.invalidateQueries({ queryKey: ['todos'] })
*     },
*   })
*
*   return (
*     <button onClick={() => addMutation.mutate('Item')}>Add</button>
*   )
* }
* ```
* @example
* Callbacks passed per call to `mutate` only fire for the last call — `mutateAsync` gives you a
* promise per call instead, so you can wait for all of them when they succeed:
* ```tsx
* import { useMutation, useQueryClient } from '@tanstack/react-query'
*
* function AddTodos() {
*   const queryClient = useQueryClient()
*
*   const addMutation = useMutation({
*     mutationFn: addTodo,
*     onSuccess: () => queryClient.invalidateQueries({ queryKey: ['todos'] }),
*   })
*
*   async function handleAddAll(todos: Array<string>) {
*     try {
*       await Promise.all(todos.map((todo) => addMutation.mutateAsync(todo)))
*     } catch (error) {
*       console.error('Failed to add todos:', error)
*     }
*   }
*
*   return (
*     <button onClick={() => handleAddAll(['Todo 1', 'Todo 2', 'Todo 3'])}>
*       Add all
*     </button>
*   )
* }
* ```
* @example
* If some of the mutations above can fail independently of the others, and you want to know which ones
* did — rather than losing that information the moment the first one rejects — swap `Promise.all` for
* `Promise.allSettled`:
* ```tsx
* import { useMutation, useQueryClient } from '@tanstack/react-query'
*
* function AddTodos() {
*   const queryClient = useQueryClient()
*
*   const addMutation = useMutation({
*     mutationFn: addTodo,
*     onSuccess: () => queryClient.invalidateQueries({ queryKey: ['todos'] }),
*   })
*
*   async function handleAddAll(todos: Array<string>) {
*     const addResults = await Promise.allSettled(
*       todos.map((todo) => addMutation.mutateAsync(todo)),
*     )
*
*     addResults.forEach((addResult, index) => {
*       if (addResult.status === 'rejected') {
*         console.error(`Failed to add "${todos[index]}":`, addResult.reason)
*       }
*     })
*   }
*
*   return (
*     <button onClick={() => handleAddAll(['Todo 1', 'Todo 2', 'Todo 3'])}>
*       Add all
*     </button>
*   )
* }
* ```
*/
function useMutation(options, queryClient) {
	const client = useQueryClient(queryClient);
	const [observer] = import_react.useState(() => new MutationObserver(client, options));
	import_react.useEffect(() => {
		observer.setOptions(options);
	}, [observer, options]);
	const result = import_react.useSyncExternalStore(import_react.useCallback((onStoreChange) => observer.subscribe(notifyManager.batchCalls(onStoreChange)), [observer]), () => observer.getCurrentResult(), () => observer.getCurrentResult());
	const mutate = import_react.useCallback((...args) => {
		observer.mutate(args[0], args[1]).catch(noop);
	}, [observer]);
	if (result.error && shouldThrowError(observer.options.throwOnError, [result.error])) throw result.error;
	return {
		...result,
		mutate,
		mutateAsync: result.mutate
	};
}
// node_modules/@mantine/hooks/esm/use-debounced-callback/use-debounced-callback.mjs
function useDebouncedCallback(callback, options) {
	const { delay, flushOnUnmount, leading, maxWait } = typeof options === "number" ? {
		delay: options,
		flushOnUnmount: false,
		leading: false,
		maxWait: void 0
	} : options;
	const handleCallback = useCallbackRef(callback);
	const debounceTimerRef = (0, import_react.useRef)(0);
	const maxWaitTimerRef = (0, import_react.useRef)(0);
	const latestArgsRef = (0, import_react.useRef)(null);
	const lastCallback = (0, import_react.useMemo)(() => {
		const currentCallback = Object.assign((...args) => {
			window.clearTimeout(debounceTimerRef.current);
			latestArgsRef.current = args;
			const isFirstCall = currentCallback._isFirstCall;
			currentCallback._isFirstCall = false;
			function clearTimeoutAndLeadingRef() {
				window.clearTimeout(debounceTimerRef.current);
				window.clearTimeout(maxWaitTimerRef.current);
				debounceTimerRef.current = 0;
				maxWaitTimerRef.current = 0;
				currentCallback._isFirstCall = true;
				currentCallback._hasPendingCallback = false;
			}
			function startMaxWaitTimer() {
				if (maxWait !== void 0 && maxWaitTimerRef.current === 0) maxWaitTimerRef.current = window.setTimeout(() => {
					if (debounceTimerRef.current !== 0) {
						const latestArgs = latestArgsRef.current;
						clearTimeoutAndLeadingRef();
						handleCallback(...latestArgs);
					}
				}, maxWait);
			}
			if (leading && isFirstCall) {
				handleCallback(...args);
				const resetLeadingState = () => {
					clearTimeoutAndLeadingRef();
				};
				const flush = () => {
					if (debounceTimerRef.current !== 0) {
						clearTimeoutAndLeadingRef();
						handleCallback(...args);
					}
				};
				const cancel = () => {
					clearTimeoutAndLeadingRef();
				};
				currentCallback.flush = flush;
				currentCallback.cancel = cancel;
				debounceTimerRef.current = window.setTimeout(resetLeadingState, delay);
				startMaxWaitTimer();
				return;
			}
			if (leading && !isFirstCall) {
				currentCallback._hasPendingCallback = true;
				const flush = () => {
					if (debounceTimerRef.current !== 0) {
						clearTimeoutAndLeadingRef();
						handleCallback(...args);
					}
				};
				const cancel = () => {
					clearTimeoutAndLeadingRef();
				};
				currentCallback.flush = flush;
				currentCallback.cancel = cancel;
				const resetLeadingState = () => {
					clearTimeoutAndLeadingRef();
				};
				debounceTimerRef.current = window.setTimeout(resetLeadingState, delay);
				startMaxWaitTimer();
				return;
			}
			currentCallback._hasPendingCallback = true;
			const flush = () => {
				if (debounceTimerRef.current !== 0) {
					clearTimeoutAndLeadingRef();
					handleCallback(...args);
				}
			};
			const cancel = () => {
				clearTimeoutAndLeadingRef();
			};
			currentCallback.flush = flush;
			currentCallback.cancel = cancel;
			debounceTimerRef.current = window.setTimeout(flush, delay);
			startMaxWaitTimer();
		}, {
			flush: () => {},
			cancel: () => {},
			isPending: () => currentCallback._hasPendingCallback,
			_isFirstCall: true,
			_hasPendingCallback: false
		});
		return currentCallback;
	}, [
		handleCallback,
		delay,
		leading,
		maxWait
	]);
	(0, import_react.useEffect)(() => () => {
		if (flushOnUnmount) lastCallback.flush();
		else lastCallback.cancel();
	}, [lastCallback, flushOnUnmount]);
	return lastCallback;
}
// node_modules/@mantine/hooks/esm/use-debounced-value/use-debounced-value.mjs
function useDebouncedValue(value, wait, options = { leading: false }) {
	const [_value, setValue] = (0, import_react.useState)(value);
	const mountedRef = (0, import_react.useRef)(false);
	const timeoutRef = (0, import_react.useRef)(null);
	const cooldownRef = (0, import_react.useRef)(false);
	const latestValueRef = (0, import_react.useRef)(value);
	latestValueRef.current = value;
	const clearTimer = (0, import_react.useCallback)(() => {
		window.clearTimeout(timeoutRef.current);
		timeoutRef.current = null;
	}, []);
	const cancel = (0, import_react.useCallback)(() => {
		clearTimer();
		cooldownRef.current = false;
	}, []);
	const flush = (0, import_react.useCallback)(() => {
		if (timeoutRef.current) {
			cancel();
			cooldownRef.current = false;
			setValue(latestValueRef.current);
		}
	}, []);
	(0, import_react.useEffect)(() => {
		if (mountedRef.current) {
			clearTimer();
			if (!cooldownRef.current && options.leading) {
				cooldownRef.current = true;
				setValue(value);
				timeoutRef.current = window.setTimeout(() => {
					cooldownRef.current = false;
				}, wait);
			} else timeoutRef.current = window.setTimeout(() => {
				cooldownRef.current = false;
				setValue(value);
			}, wait);
		}
	}, [
		value,
		options.leading,
		wait
	]);
	(0, import_react.useEffect)(() => {
		mountedRef.current = true;
		return cancel;
	}, []);
	return [
		_value,
		cancel,
		{
			cancel,
			flush
		}
	];
}
// node_modules/@mantine/core/esm/core/DirectionProvider/DirectionProvider.mjs
var DirectionContext = (0, import_react.createContext)({
	dir: "ltr",
	toggleDirection: () => {},
	setDirection: () => {}
});
function useDirection() {
	return (0, import_react.use)(DirectionContext);
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollArea.context.mjs
var [ScrollAreaProvider, useScrollAreaContext] = createSafeContext("ScrollArea.Root component was not found in tree");
// node_modules/@mantine/core/esm/components/ScrollArea/use-resize-observer.mjs
function useResizeObserver(element, onResize) {
	const handleResize = (0, import_react.useEffectEvent)(onResize);
	useIsomorphicEffect(() => {
		let rAF = 0;
		if (element) {
			const resizeObserver = new ResizeObserver(() => {
				cancelAnimationFrame(rAF);
				rAF = window.requestAnimationFrame(handleResize);
			});
			resizeObserver.observe(element);
			return () => {
				window.cancelAnimationFrame(rAF);
				resizeObserver.unobserve(element);
			};
		}
	}, [element]);
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaCorner/ScrollAreaCorner.mjs
function Corner(props) {
	const { style, ...others } = props;
	const ctx = useScrollAreaContext();
	const [width, setWidth] = (0, import_react.useState)(0);
	const [height, setHeight] = (0, import_react.useState)(0);
	const hasSize = Boolean(width && height);
	useResizeObserver(ctx.scrollbarX, () => {
		const h = ctx.scrollbarX?.offsetHeight || 0;
		ctx.onCornerHeightChange(h);
		setHeight(h);
	});
	useResizeObserver(ctx.scrollbarY, () => {
		const w = ctx.scrollbarY?.offsetWidth || 0;
		ctx.onCornerWidthChange(w);
		setWidth(w);
	});
	return hasSize ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		...others,
		style: {
			...style,
			width,
			height
		}
	}) : null;
}
function ScrollAreaCorner(props) {
	const ctx = useScrollAreaContext();
	const hasBothScrollbarsVisible = Boolean(ctx.scrollbarX && ctx.scrollbarY);
	return ctx.type !== "scroll" && hasBothScrollbarsVisible ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Corner, { ...props }) : null;
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaRoot/ScrollAreaRoot.mjs
var defaultProps$4 = {
	scrollHideDelay: 1e3,
	type: "hover"
};
function ScrollAreaRoot(_props) {
	const { type, scrollHideDelay, scrollbars, getStyles, ref, ...others } = useProps("ScrollAreaRoot", defaultProps$4, _props);
	const [scrollArea, setScrollArea] = (0, import_react.useState)(null);
	const [viewport, setViewport] = (0, import_react.useState)(null);
	const [content, setContent] = (0, import_react.useState)(null);
	const [scrollbarX, setScrollbarX] = (0, import_react.useState)(null);
	const [scrollbarY, setScrollbarY] = (0, import_react.useState)(null);
	const [cornerWidth, setCornerWidth] = (0, import_react.useState)(0);
	const [cornerHeight, setCornerHeight] = (0, import_react.useState)(0);
	const [scrollbarXEnabled, setScrollbarXEnabled] = (0, import_react.useState)(false);
	const [scrollbarYEnabled, setScrollbarYEnabled] = (0, import_react.useState)(false);
	const rootRef = useMergedRef(ref, setScrollArea);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaProvider, {
		value: {
			type,
			scrollHideDelay,
			scrollArea,
			viewport,
			onViewportChange: setViewport,
			content,
			onContentChange: setContent,
			scrollbarX,
			onScrollbarXChange: setScrollbarX,
			scrollbarXEnabled,
			onScrollbarXEnabledChange: setScrollbarXEnabled,
			scrollbarY,
			onScrollbarYChange: setScrollbarY,
			scrollbarYEnabled,
			onScrollbarYEnabledChange: setScrollbarYEnabled,
			onCornerWidthChange: setCornerWidth,
			onCornerHeightChange: setCornerHeight,
			getStyles
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			...others,
			ref: rootRef,
			__vars: {
				"--sa-corner-width": scrollbars !== "xy" ? "0px" : `${cornerWidth}px`,
				"--sa-corner-height": scrollbars !== "xy" ? "0px" : `${cornerHeight}px`
			}
		})
	});
}
ScrollAreaRoot.displayName = "@mantine/core/ScrollAreaRoot";
// node_modules/@mantine/core/esm/components/ScrollArea/utils/get-thumb-ratio.mjs
function getThumbRatio(viewportSize, contentSize) {
	const ratio = viewportSize / contentSize;
	return Number.isNaN(ratio) ? 0 : ratio;
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/get-thumb-size.mjs
function getThumbSize(sizes) {
	const ratio = getThumbRatio(sizes.viewport, sizes.content);
	const scrollbarPadding = sizes.scrollbar.paddingStart + sizes.scrollbar.paddingEnd;
	const thumbSize = (sizes.scrollbar.size - scrollbarPadding) * ratio;
	return Math.max(thumbSize, 18);
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/linear-scale.mjs
function linearScale(input, output) {
	return (value) => {
		if (input[0] === input[1] || output[0] === output[1]) return output[0];
		const ratio = (output[1] - output[0]) / (input[1] - input[0]);
		return output[0] + ratio * (value - input[0]);
	};
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/get-thumb-offset-from-scroll.mjs
function clamp$1(value, [min, max]) {
	return Math.min(max, Math.max(min, value));
}
function getThumbOffsetFromScroll(scrollPos, sizes, dir = "ltr") {
	const thumbSizePx = getThumbSize(sizes);
	const scrollbarPadding = sizes.scrollbar.paddingStart + sizes.scrollbar.paddingEnd;
	const scrollbar = sizes.scrollbar.size - scrollbarPadding;
	const maxScrollPos = sizes.content - sizes.viewport;
	const maxThumbPos = scrollbar - thumbSizePx;
	const scrollWithoutMomentum = clamp$1(scrollPos, dir === "ltr" ? [0, maxScrollPos] : [maxScrollPos * -1, 0]);
	return linearScale([0, maxScrollPos], [0, maxThumbPos])(scrollWithoutMomentum);
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/get-scroll-position-from-pointer.mjs
function getScrollPositionFromPointer(pointerPos, pointerOffset, sizes, dir = "ltr") {
	const thumbSizePx = getThumbSize(sizes);
	const thumbCenter = thumbSizePx / 2;
	const offset = pointerOffset || thumbCenter;
	const thumbOffsetFromEnd = thumbSizePx - offset;
	const minPointerPos = sizes.scrollbar.paddingStart + offset;
	const maxPointerPos = sizes.scrollbar.size - sizes.scrollbar.paddingEnd - thumbOffsetFromEnd;
	const maxScrollPos = sizes.content - sizes.viewport;
	const scrollRange = dir === "ltr" ? [0, maxScrollPos] : [maxScrollPos * -1, 0];
	return linearScale([minPointerPos, maxPointerPos], scrollRange)(pointerPos);
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/is-scrolling-within-scrollbar-bounds.mjs
function isScrollingWithinScrollbarBounds(scrollPos, maxScrollPos) {
	return scrollPos > 0 && scrollPos < maxScrollPos;
}
// node_modules/@mantine/core/esm/components/ScrollArea/utils/compose-event-handlers.mjs
function composeEventHandlers(originalEventHandler, ourEventHandler, { checkForDefaultPrevented = true } = {}) {
	return (event) => {
		originalEventHandler?.(event);
		if (checkForDefaultPrevented === false || !event.defaultPrevented) ourEventHandler?.(event);
	};
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/Scrollbar.context.mjs
var [ScrollbarProvider, useScrollbarContext] = createSafeContext("ScrollAreaScrollbar was not found in tree");
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/Scrollbar.mjs
function Scrollbar(props) {
	const { sizes, hasThumb, onThumbChange, onThumbPointerUp, onThumbPointerDown, onThumbPositionChange, onDragScroll, onWheelScroll, onResize, ref, ...scrollbarProps } = props;
	const context = useScrollAreaContext();
	const [scrollbar, setScrollbar] = (0, import_react.useState)(null);
	const composeRefs = useMergedRef(ref, setScrollbar);
	const rectRef = (0, import_react.useRef)(null);
	const prevWebkitUserSelectRef = (0, import_react.useRef)("");
	const { viewport } = context;
	const maxScrollPos = sizes.content - sizes.viewport;
	const handleWheelScroll = (0, import_react.useEffectEvent)(onWheelScroll);
	const handleThumbPositionChange = useCallbackRef(onThumbPositionChange);
	const handleResize = useDebouncedCallback(onResize, 10);
	const handleDragScroll = (event) => {
		if (rectRef.current) {
			const x = event.clientX - rectRef.current.left;
			const y = event.clientY - rectRef.current.top;
			onDragScroll({
				x,
				y
			});
		}
	};
	(0, import_react.useEffect)(() => {
		const handleWheel = (event) => {
			const element = event.target;
			if (scrollbar?.contains(element)) handleWheelScroll(event, maxScrollPos);
		};
		document.addEventListener("wheel", handleWheel, { passive: false });
		return () => document.removeEventListener("wheel", handleWheel, { passive: false });
	}, [
		viewport,
		scrollbar,
		maxScrollPos
	]);
	(0, import_react.useEffect)(handleThumbPositionChange, [sizes, handleThumbPositionChange]);
	useResizeObserver(scrollbar, handleResize);
	useResizeObserver(context.content, handleResize);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollbarProvider, {
		value: {
			scrollbar,
			hasThumb,
			onThumbChange: useCallbackRef(onThumbChange),
			onThumbPointerUp: useCallbackRef(onThumbPointerUp),
			onThumbPositionChange: handleThumbPositionChange,
			onThumbPointerDown: useCallbackRef(onThumbPointerDown)
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...scrollbarProps,
			ref: composeRefs,
			"data-mantine-scrollbar": true,
			style: {
				position: "absolute",
				...scrollbarProps.style
			},
			onPointerDown: composeEventHandlers(props.onPointerDown, (event) => {
				event.preventDefault();
				if (event.button === 0) {
					event.target.setPointerCapture(event.pointerId);
					rectRef.current = scrollbar.getBoundingClientRect();
					prevWebkitUserSelectRef.current = document.body.style.webkitUserSelect;
					document.body.style.webkitUserSelect = "none";
					handleDragScroll(event);
				}
			}),
			onPointerMove: composeEventHandlers(props.onPointerMove, handleDragScroll),
			onPointerUp: composeEventHandlers(props.onPointerUp, (event) => {
				const element = event.target;
				if (element.hasPointerCapture(event.pointerId)) {
					event.preventDefault();
					element.releasePointerCapture(event.pointerId);
				}
			}),
			onLostPointerCapture: () => {
				document.body.style.webkitUserSelect = prevWebkitUserSelectRef.current;
				rectRef.current = null;
			}
		})
	});
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollbarX.mjs
var ScrollAreaScrollbarX = (props) => {
	const { sizes, onSizesChange, style, ref: forwardedRef, ...others } = props;
	const ctx = useScrollAreaContext();
	const [computedStyle, setComputedStyle] = (0, import_react.useState)();
	const ref = (0, import_react.useRef)(null);
	const composeRefs = useMergedRef(forwardedRef, ref, ctx.onScrollbarXChange);
	(0, import_react.useEffect)(() => {
		if (ref.current) setComputedStyle(getComputedStyle(ref.current));
	}, [ref]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Scrollbar, {
		"data-orientation": "horizontal",
		...others,
		ref: composeRefs,
		sizes,
		style: {
			...style,
			["--sa-thumb-width"]: `${getThumbSize(sizes)}px`
		},
		onThumbPointerDown: (pointerPos) => props.onThumbPointerDown(pointerPos.x),
		onDragScroll: (pointerPos) => props.onDragScroll(pointerPos.x),
		onWheelScroll: (event, maxScrollPos) => {
			if (ctx.viewport) {
				const scrollPos = ctx.viewport.scrollLeft + event.deltaX;
				props.onWheelScroll(scrollPos);
				if (isScrollingWithinScrollbarBounds(scrollPos, maxScrollPos)) event.preventDefault();
			}
		},
		onResize: () => {
			if (ref.current && ctx.viewport && computedStyle) onSizesChange({
				content: ctx.viewport.scrollWidth,
				viewport: ctx.viewport.offsetWidth,
				scrollbar: {
					size: ref.current.clientWidth,
					paddingStart: toInt(computedStyle.paddingLeft),
					paddingEnd: toInt(computedStyle.paddingRight)
				}
			});
		}
	});
};
ScrollAreaScrollbarX.displayName = "@mantine/core/ScrollAreaScrollbarX";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollbarY.mjs
function ScrollAreaScrollbarY(props) {
	const { sizes, onSizesChange, style, ref: forwardedRef, ...others } = props;
	const context = useScrollAreaContext();
	const [computedStyle, setComputedStyle] = (0, import_react.useState)();
	const ref = (0, import_react.useRef)(null);
	const composeRefs = useMergedRef(forwardedRef, ref, context.onScrollbarYChange);
	(0, import_react.useEffect)(() => {
		if (ref.current) setComputedStyle(window.getComputedStyle(ref.current));
	}, []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Scrollbar, {
		...others,
		"data-orientation": "vertical",
		ref: composeRefs,
		sizes,
		style: {
			["--sa-thumb-height"]: `${getThumbSize(sizes)}px`,
			...style
		},
		onThumbPointerDown: (pointerPos) => props.onThumbPointerDown(pointerPos.y),
		onDragScroll: (pointerPos) => props.onDragScroll(pointerPos.y),
		onWheelScroll: (event, maxScrollPos) => {
			if (context.viewport) {
				const scrollPos = context.viewport.scrollTop + event.deltaY;
				props.onWheelScroll(scrollPos);
				if (isScrollingWithinScrollbarBounds(scrollPos, maxScrollPos)) event.preventDefault();
			}
		},
		onResize: () => {
			if (ref.current && context.viewport && computedStyle) onSizesChange({
				content: context.viewport.scrollHeight,
				viewport: context.viewport.offsetHeight,
				scrollbar: {
					size: ref.current.clientHeight,
					paddingStart: toInt(computedStyle.paddingTop),
					paddingEnd: toInt(computedStyle.paddingBottom)
				}
			});
		}
	});
}
ScrollAreaScrollbarY.displayName = "@mantine/core/ScrollAreaScrollbarY";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollAreaScrollbarVisible.mjs
function ScrollAreaScrollbarVisible(props) {
	const { orientation = "vertical", ...scrollbarProps } = props;
	const { dir } = useDirection();
	const context = useScrollAreaContext();
	const thumbRef = (0, import_react.useRef)(null);
	const pointerOffsetRef = (0, import_react.useRef)(0);
	const [sizes, setSizes] = (0, import_react.useState)({
		content: 0,
		viewport: 0,
		scrollbar: {
			size: 0,
			paddingStart: 0,
			paddingEnd: 0
		}
	});
	const thumbRatio = getThumbRatio(sizes.viewport, sizes.content);
	const commonProps = {
		...scrollbarProps,
		sizes,
		onSizesChange: setSizes,
		hasThumb: Boolean(thumbRatio > 0 && thumbRatio < 1),
		onThumbChange: (thumb) => {
			thumbRef.current = thumb;
		},
		onThumbPointerUp: () => {
			pointerOffsetRef.current = 0;
		},
		onThumbPointerDown: (pointerPos) => {
			pointerOffsetRef.current = pointerPos;
		}
	};
	const getScrollPosition = (pointerPos, direction) => getScrollPositionFromPointer(pointerPos, pointerOffsetRef.current, sizes, direction);
	if (orientation === "horizontal") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarX, {
		...commonProps,
		onThumbPositionChange: () => {
			if (context.viewport && thumbRef.current) {
				const scrollPos = context.viewport.scrollLeft;
				const offset = getThumbOffsetFromScroll(scrollPos, sizes, dir);
				thumbRef.current.style.transform = `translate3d(${offset}px, 0, 0)`;
			}
		},
		onWheelScroll: (scrollPos) => {
			if (context.viewport) context.viewport.scrollLeft = scrollPos;
		},
		onDragScroll: (pointerPos) => {
			if (context.viewport) context.viewport.scrollLeft = getScrollPosition(pointerPos, dir);
		}
	});
	if (orientation === "vertical") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarY, {
		...commonProps,
		onThumbPositionChange: () => {
			if (context.viewport && thumbRef.current) {
				const scrollPos = context.viewport.scrollTop;
				const offset = getThumbOffsetFromScroll(scrollPos, sizes);
				if (sizes.scrollbar.size === 0) thumbRef.current.style.setProperty("--thumb-opacity", "0");
				else thumbRef.current.style.setProperty("--thumb-opacity", "1");
				thumbRef.current.style.transform = `translate3d(0, ${offset}px, 0)`;
			}
		},
		onWheelScroll: (scrollPos) => {
			if (context.viewport) context.viewport.scrollTop = scrollPos;
		},
		onDragScroll: (pointerPos) => {
			if (context.viewport) context.viewport.scrollTop = getScrollPosition(pointerPos);
		}
	});
	return null;
}
ScrollAreaScrollbarVisible.displayName = "@mantine/core/ScrollAreaScrollbarVisible";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollAreaScrollbarAuto.mjs
function ScrollAreaScrollbarAuto(props) {
	const context = useScrollAreaContext();
	const { forceMount, ...scrollbarProps } = props;
	const [visible, setVisible] = (0, import_react.useState)(false);
	const isHorizontal = props.orientation === "horizontal";
	const handleResize = useDebouncedCallback(() => {
		if (context.viewport) {
			const isOverflowX = context.viewport.offsetWidth < context.viewport.scrollWidth;
			const isOverflowY = context.viewport.offsetHeight < context.viewport.scrollHeight;
			setVisible(isHorizontal ? isOverflowX : isOverflowY);
		}
	}, 10);
	useResizeObserver(context.viewport, handleResize);
	useResizeObserver(context.content, handleResize);
	if (forceMount || visible) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarVisible, {
		"data-state": visible ? "visible" : "hidden",
		...scrollbarProps
	});
	return null;
}
ScrollAreaScrollbarAuto.displayName = "@mantine/core/ScrollAreaScrollbarAuto";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollAreaScrollbarHover.mjs
function ScrollAreaScrollbarHover(props) {
	const { forceMount, ...scrollbarProps } = props;
	const context = useScrollAreaContext();
	const [visible, setVisible] = (0, import_react.useState)(false);
	(0, import_react.useEffect)(() => {
		const { scrollArea } = context;
		let hideTimer = 0;
		if (scrollArea) {
			const handlePointerEnter = () => {
				window.clearTimeout(hideTimer);
				setVisible(true);
			};
			const handlePointerLeave = () => {
				hideTimer = window.setTimeout(() => setVisible(false), context.scrollHideDelay);
			};
			scrollArea.addEventListener("pointerenter", handlePointerEnter);
			scrollArea.addEventListener("pointerleave", handlePointerLeave);
			return () => {
				window.clearTimeout(hideTimer);
				scrollArea.removeEventListener("pointerenter", handlePointerEnter);
				scrollArea.removeEventListener("pointerleave", handlePointerLeave);
			};
		}
	}, [context.scrollArea, context.scrollHideDelay]);
	if (forceMount || visible) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarAuto, {
		"data-state": visible ? "visible" : "hidden",
		...scrollbarProps
	});
	return null;
}
ScrollAreaScrollbarHover.displayName = "@mantine/core/ScrollAreaScrollbarHover";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollAreaScrollbarScroll.mjs
function ScrollAreaScrollbarScroll(props) {
	const { forceMount, ...scrollbarProps } = props;
	const context = useScrollAreaContext();
	const isHorizontal = props.orientation === "horizontal";
	const [state, setState] = (0, import_react.useState)("hidden");
	const debounceScrollEnd = useDebouncedCallback(() => setState("idle"), 100);
	(0, import_react.useEffect)(() => {
		if (state === "idle") {
			const hideTimer = window.setTimeout(() => setState("hidden"), context.scrollHideDelay);
			return () => window.clearTimeout(hideTimer);
		}
	}, [state, context.scrollHideDelay]);
	(0, import_react.useEffect)(() => {
		const { viewport } = context;
		const scrollDirection = isHorizontal ? "scrollLeft" : "scrollTop";
		if (viewport) {
			let prevScrollPos = viewport[scrollDirection];
			const handleScroll = () => {
				const scrollPos = viewport[scrollDirection];
				if (prevScrollPos !== scrollPos) {
					setState("scrolling");
					debounceScrollEnd();
				}
				prevScrollPos = scrollPos;
			};
			viewport.addEventListener("scroll", handleScroll);
			return () => viewport.removeEventListener("scroll", handleScroll);
		}
	}, [
		context.viewport,
		isHorizontal,
		debounceScrollEnd
	]);
	if (forceMount || state !== "hidden") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarVisible, {
		"data-state": state === "hidden" ? "hidden" : "visible",
		...scrollbarProps,
		onPointerEnter: composeEventHandlers(props.onPointerEnter, () => setState("interacting")),
		onPointerLeave: composeEventHandlers(props.onPointerLeave, () => setState("idle"))
	});
	return null;
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaScrollbar/ScrollAreaScrollbar.mjs
function ScrollAreaScrollbar(props) {
	const { forceMount, ...scrollbarProps } = props;
	const context = useScrollAreaContext();
	const { onScrollbarXEnabledChange, onScrollbarYEnabledChange } = context;
	const isHorizontal = props.orientation === "horizontal";
	(0, import_react.useEffect)(() => {
		isHorizontal ? onScrollbarXEnabledChange(true) : onScrollbarYEnabledChange(true);
		return () => {
			isHorizontal ? onScrollbarXEnabledChange(false) : onScrollbarYEnabledChange(false);
		};
	}, [
		isHorizontal,
		onScrollbarXEnabledChange,
		onScrollbarYEnabledChange
	]);
	return context.type === "hover" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarHover, {
		...scrollbarProps,
		forceMount
	}) : context.type === "scroll" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarScroll, {
		...scrollbarProps,
		forceMount
	}) : context.type === "auto" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarAuto, {
		...scrollbarProps,
		forceMount
	}) : context.type === "always" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbarVisible, { ...scrollbarProps }) : null;
}
ScrollAreaScrollbar.displayName = "@mantine/core/ScrollAreaScrollbar";
// node_modules/@mantine/core/esm/components/ScrollArea/utils/add-unlinked-scroll-listener.mjs
function addUnlinkedScrollListener(node, handler = () => {}) {
	let prevPosition = {
		left: node.scrollLeft,
		top: node.scrollTop
	};
	let rAF = 0;
	(function loop() {
		const position = {
			left: node.scrollLeft,
			top: node.scrollTop
		};
		const isHorizontalScroll = prevPosition.left !== position.left;
		const isVerticalScroll = prevPosition.top !== position.top;
		if (isHorizontalScroll || isVerticalScroll) handler();
		prevPosition = position;
		rAF = window.requestAnimationFrame(loop);
	})();
	return () => window.cancelAnimationFrame(rAF);
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaThumb/ScrollAreaThumb.mjs
function Thumb(props) {
	const { style, ref: forwardedRef, ...others } = props;
	const scrollAreaContext = useScrollAreaContext();
	const scrollbarContext = useScrollbarContext();
	const { onThumbPositionChange } = scrollbarContext;
	const composedRef = useMergedRef(forwardedRef, scrollbarContext.onThumbChange);
	const removeUnlinkedScrollListenerRef = (0, import_react.useRef)(void 0);
	const debounceScrollEnd = useDebouncedCallback(() => {
		if (removeUnlinkedScrollListenerRef.current) {
			removeUnlinkedScrollListenerRef.current();
			removeUnlinkedScrollListenerRef.current = void 0;
		}
	}, 100);
	(0, import_react.useEffect)(() => {
		const { viewport } = scrollAreaContext;
		if (viewport) {
			const handleScroll = () => {
				debounceScrollEnd();
				if (!removeUnlinkedScrollListenerRef.current) {
					const listener = addUnlinkedScrollListener(viewport, onThumbPositionChange);
					removeUnlinkedScrollListenerRef.current = listener;
					onThumbPositionChange();
				}
			};
			onThumbPositionChange();
			viewport.addEventListener("scroll", handleScroll);
			return () => viewport.removeEventListener("scroll", handleScroll);
		}
	}, [
		scrollAreaContext.viewport,
		debounceScrollEnd,
		onThumbPositionChange
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		"data-state": scrollbarContext.hasThumb ? "visible" : "hidden",
		...others,
		ref: composedRef,
		style: {
			width: "var(--sa-thumb-width)",
			height: "var(--sa-thumb-height)",
			...style
		},
		onPointerDownCapture: composeEventHandlers(props.onPointerDownCapture, (event) => {
			const thumbRect = event.target.getBoundingClientRect();
			const x = event.clientX - thumbRect.left;
			const y = event.clientY - thumbRect.top;
			scrollbarContext.onThumbPointerDown({
				x,
				y
			});
		}),
		onPointerUp: composeEventHandlers(props.onPointerUp, scrollbarContext.onThumbPointerUp)
	});
}
Thumb.displayName = "@mantine/core/ScrollAreaThumb";
function ScrollAreaThumb(props) {
	const { forceMount, ...thumbProps } = props;
	const scrollbarContext = useScrollbarContext();
	if (forceMount || scrollbarContext.hasThumb) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Thumb, { ...thumbProps });
	return null;
}
ScrollAreaThumb.displayName = "@mantine/core/ScrollAreaThumb";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollAreaViewport/ScrollAreaViewport.mjs
function ScrollAreaViewport({ children, style, ref, onWheel, ...others }) {
	const ctx = useScrollAreaContext();
	const rootRef = useMergedRef(ref, ctx.onViewportChange);
	const handleWheel = (event) => {
		onWheel?.(event);
		if (ctx.scrollbarXEnabled && ctx.viewport && event.shiftKey) {
			const { scrollTop, scrollHeight, clientHeight, scrollWidth, clientWidth } = ctx.viewport;
			const isAtTop = scrollTop < 1;
			const isAtBottom = scrollTop >= scrollHeight - clientHeight - 1;
			if (scrollWidth > clientWidth && (isAtTop || isAtBottom)) event.stopPropagation();
		}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		...others,
		ref: rootRef,
		onWheel: handleWheel,
		"data-scrollarea-viewport": true,
		style: {
			overflowX: ctx.scrollbarXEnabled ? "scroll" : "hidden",
			overflowY: ctx.scrollbarYEnabled ? "scroll" : "hidden",
			...style
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...ctx.getStyles("content"),
			ref: ctx.onContentChange,
			children
		})
	});
}
ScrollAreaViewport.displayName = "@mantine/core/ScrollAreaViewport";
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollArea.module.mjs
var ScrollArea_module_default = {
	"root": "m_d57069b5",
	"content": "m_b1336c6",
	"viewport": "m_c0783ff9",
	"viewportInner": "m_f8f631dd",
	"scrollbar": "m_c44ba933",
	"thumb": "m_d8b5e363",
	"corner": "m_21657268"
};
// node_modules/@floating-ui/utils/dist/floating-ui.utils.dom.mjs
function hasWindow() {
	return typeof window !== "undefined";
}
function getNodeName(node) {
	if (isNode(node)) return (node.nodeName || "").toLowerCase();
	return "#document";
}
function getWindow(node) {
	var _node$ownerDocument;
	return (node == null || (_node$ownerDocument = node.ownerDocument) == null ? void 0 : _node$ownerDocument.defaultView) || window;
}
function getDocumentElement(node) {
	var _ref;
	return (_ref = (isNode(node) ? node.ownerDocument : node.document) || window.document) == null ? void 0 : _ref.documentElement;
}
function isNode(value) {
	if (!hasWindow()) return false;
	return value instanceof Node || value instanceof getWindow(value).Node;
}
function isElement(value) {
	if (!hasWindow()) return false;
	return value instanceof Element || value instanceof getWindow(value).Element;
}
function isHTMLElement(value) {
	if (!hasWindow()) return false;
	return value instanceof HTMLElement || value instanceof getWindow(value).HTMLElement;
}
function isShadowRoot(value) {
	if (!hasWindow() || typeof ShadowRoot === "undefined") return false;
	return value instanceof ShadowRoot || value instanceof getWindow(value).ShadowRoot;
}
function isOverflowElement(element) {
	const { overflow, overflowX, overflowY, display } = getComputedStyle$1(element);
	return /auto|scroll|overlay|hidden|clip/.test(overflow + overflowY + overflowX) && display !== "inline" && display !== "contents";
}
function isTableElement(element) {
	return /^(table|td|th)$/.test(getNodeName(element));
}
function isTopLayer(element) {
	try {
		if (element.matches(":popover-open")) return true;
	} catch (_e) {}
	try {
		return element.matches(":modal");
	} catch (_e) {
		return false;
	}
}
var willChangeRe = /transform|translate|scale|rotate|perspective|filter/;
var containRe = /paint|layout|strict|content/;
var isNotNone = (value) => !!value && value !== "none";
var isWebKitValue;
function isContainingBlock(elementOrCss) {
	const css = isElement(elementOrCss) ? getComputedStyle$1(elementOrCss) : elementOrCss;
	return isNotNone(css.transform) || isNotNone(css.translate) || isNotNone(css.scale) || isNotNone(css.rotate) || isNotNone(css.perspective) || !isWebKit() && (isNotNone(css.backdropFilter) || isNotNone(css.filter)) || willChangeRe.test(css.willChange || "") || containRe.test(css.contain || "");
}
function getContainingBlock(element) {
	let currentNode = getParentNode(element);
	while (isHTMLElement(currentNode) && !isLastTraversableNode(currentNode)) {
		if (isContainingBlock(currentNode)) return currentNode;
		else if (isTopLayer(currentNode)) return null;
		currentNode = getParentNode(currentNode);
	}
	return null;
}
function isWebKit() {
	if (isWebKitValue == null) isWebKitValue = typeof CSS !== "undefined" && CSS.supports && CSS.supports("-webkit-backdrop-filter", "none");
	return isWebKitValue;
}
function isLastTraversableNode(node) {
	return /^(html|body|#document)$/.test(getNodeName(node));
}
function getComputedStyle$1(element) {
	return getWindow(element).getComputedStyle(element);
}
function getNodeScroll(element) {
	if (isElement(element)) return {
		scrollLeft: element.scrollLeft,
		scrollTop: element.scrollTop
	};
	return {
		scrollLeft: element.scrollX,
		scrollTop: element.scrollY
	};
}
function getParentNode(node) {
	if (getNodeName(node) === "html") return node;
	const result = node.assignedSlot || node.parentNode || isShadowRoot(node) && node.host || getDocumentElement(node);
	return isShadowRoot(result) ? result.host : result;
}
function getNearestOverflowAncestor(node) {
	const parentNode = getParentNode(node);
	if (isLastTraversableNode(parentNode)) return (node.ownerDocument || node).body;
	if (isHTMLElement(parentNode) && isOverflowElement(parentNode)) return parentNode;
	return getNearestOverflowAncestor(parentNode);
}
function getOverflowAncestors(node, list, traverseIframes) {
	var _node$ownerDocument2;
	if (list === void 0) list = [];
	if (traverseIframes === void 0) traverseIframes = true;
	const scrollableAncestor = getNearestOverflowAncestor(node);
	const isBody = scrollableAncestor === ((_node$ownerDocument2 = node.ownerDocument) == null ? void 0 : _node$ownerDocument2.body);
	const win = getWindow(scrollableAncestor);
	if (isBody) {
		const frameElement = getFrameElement(win);
		return list.concat(win, win.visualViewport || [], isOverflowElement(scrollableAncestor) ? scrollableAncestor : [], frameElement && traverseIframes ? getOverflowAncestors(frameElement) : []);
	} else return list.concat(scrollableAncestor, getOverflowAncestors(scrollableAncestor, [], traverseIframes));
}
function getFrameElement(win) {
	return win.parent && Object.getPrototypeOf(win.parent) ? win.frameElement : null;
}
// node_modules/@floating-ui/utils/dist/floating-ui.utils.mjs
/**
* Custom positioning reference element.
* @see https://floating-ui.com/docs/virtual-elements
*/
var sides = [
	"top",
	"right",
	"bottom",
	"left"
];
var min = Math.min;
var max = Math.max;
var round = Math.round;
var floor = Math.floor;
var createCoords = (v) => ({
	x: v,
	y: v
});
var oppositeSideMap = {
	left: "right",
	right: "left",
	bottom: "top",
	top: "bottom"
};
function clamp(start, value, end) {
	return max(start, min(value, end));
}
function evaluate(value, param) {
	return typeof value === "function" ? value(param) : value;
}
function getSide(placement) {
	return placement.split("-")[0];
}
function getAlignment(placement) {
	return placement.split("-")[1];
}
function getOppositeAxis(axis) {
	return axis === "x" ? "y" : "x";
}
function getAxisLength(axis) {
	return axis === "y" ? "height" : "width";
}
function getSideAxis(placement) {
	const firstChar = placement[0];
	return firstChar === "t" || firstChar === "b" ? "y" : "x";
}
function getAlignmentAxis(placement) {
	return getOppositeAxis(getSideAxis(placement));
}
function getAlignmentSides(placement, rects, rtl) {
	if (rtl === void 0) rtl = false;
	const alignment = getAlignment(placement);
	const alignmentAxis = getAlignmentAxis(placement);
	const length = getAxisLength(alignmentAxis);
	let mainAlignmentSide = alignmentAxis === "x" ? alignment === (rtl ? "end" : "start") ? "right" : "left" : alignment === "start" ? "bottom" : "top";
	if (rects.reference[length] > rects.floating[length]) mainAlignmentSide = getOppositePlacement(mainAlignmentSide);
	return [mainAlignmentSide, getOppositePlacement(mainAlignmentSide)];
}
function getExpandedPlacements(placement) {
	const oppositePlacement = getOppositePlacement(placement);
	return [
		getOppositeAlignmentPlacement(placement),
		oppositePlacement,
		getOppositeAlignmentPlacement(oppositePlacement)
	];
}
function getOppositeAlignmentPlacement(placement) {
	return placement.includes("start") ? placement.replace("start", "end") : placement.replace("end", "start");
}
var lrPlacement = ["left", "right"];
var rlPlacement = ["right", "left"];
var tbPlacement = ["top", "bottom"];
var btPlacement = ["bottom", "top"];
function getSideList(side, isStart, rtl) {
	switch (side) {
		case "top":
		case "bottom":
			if (rtl) return isStart ? rlPlacement : lrPlacement;
			return isStart ? lrPlacement : rlPlacement;
		case "left":
		case "right": return isStart ? tbPlacement : btPlacement;
		default: return [];
	}
}
function getOppositeAxisPlacements(placement, flipAlignment, direction, rtl) {
	const alignment = getAlignment(placement);
	let list = getSideList(getSide(placement), direction === "start", rtl);
	if (alignment) {
		list = list.map((side) => side + "-" + alignment);
		if (flipAlignment) list = list.concat(list.map(getOppositeAlignmentPlacement));
	}
	return list;
}
function getOppositePlacement(placement) {
	const side = getSide(placement);
	return oppositeSideMap[side] + placement.slice(side.length);
}
function expandPaddingObject(padding) {
	var _padding$top, _padding$right, _padding$bottom, _padding$left;
	return {
		top: (_padding$top = padding.top) != null ? _padding$top : 0,
		right: (_padding$right = padding.right) != null ? _padding$right : 0,
		bottom: (_padding$bottom = padding.bottom) != null ? _padding$bottom : 0,
		left: (_padding$left = padding.left) != null ? _padding$left : 0
	};
}
function getPaddingObject(padding) {
	return typeof padding !== "number" ? expandPaddingObject(padding) : {
		top: padding,
		right: padding,
		bottom: padding,
		left: padding
	};
}
function rectToClientRect(rect) {
	const { x, y, width, height } = rect;
	return {
		width,
		height,
		top: y,
		left: x,
		right: x + width,
		bottom: y + height,
		x,
		y
	};
}
// node_modules/@floating-ui/react/dist/floating-ui.react.utils.mjs
function getPlatform() {
	const uaData = navigator.userAgentData;
	if (uaData != null && uaData.platform) return uaData.platform;
	return navigator.platform;
}
function getUserAgent() {
	const uaData = navigator.userAgentData;
	if (uaData && Array.isArray(uaData.brands)) return uaData.brands.map((_ref) => {
		let { brand, version } = _ref;
		return brand + "/" + version;
	}).join(" ");
	return navigator.userAgent;
}
function isSafari() {
	return /apple/i.test(navigator.vendor);
}
function isMac() {
	return getPlatform().toLowerCase().startsWith("mac") && !navigator.maxTouchPoints;
}
function isJSDOM() {
	return getUserAgent().includes("jsdom/");
}
var FOCUSABLE_ATTRIBUTE$1 = "data-floating-ui-focusable";
var TYPEABLE_SELECTOR = "input:not([type='hidden']):not([disabled]),[contenteditable]:not([contenteditable='false']),textarea:not([disabled])";
function activeElement(doc) {
	let activeElement = doc.activeElement;
	while (((_activeElement = activeElement) == null || (_activeElement = _activeElement.shadowRoot) == null ? void 0 : _activeElement.activeElement) != null) {
		var _activeElement;
		activeElement = activeElement.shadowRoot.activeElement;
	}
	return activeElement;
}
function contains$1(parent, child) {
	if (!parent || !child) return false;
	const rootNode = child.getRootNode == null ? void 0 : child.getRootNode();
	if (parent.contains(child)) return true;
	if (rootNode && isShadowRoot(rootNode)) {
		let next = child;
		while (next) {
			if (parent === next) return true;
			next = next.parentNode || next.host;
		}
	}
	return false;
}
function getTarget$1(event) {
	if ("composedPath" in event) return event.composedPath()[0];
	return event.target;
}
function isEventTargetWithin(event, node) {
	if (node == null) return false;
	if ("composedPath" in event) return event.composedPath().includes(node);
	const e = event;
	return e.target != null && node.contains(e.target);
}
function isRootElement(element) {
	return element.matches("html,body");
}
function getDocument(node) {
	return (node == null ? void 0 : node.ownerDocument) || document;
}
function isTypeableElement(element) {
	return isHTMLElement(element) && element.matches(TYPEABLE_SELECTOR);
}
function matchesFocusVisible(element) {
	if (!element || isJSDOM()) return true;
	try {
		return element.matches(":focus-visible");
	} catch (_e) {
		return true;
	}
}
function getFloatingFocusElement(floatingElement) {
	if (!floatingElement) return null;
	return floatingElement.hasAttribute(FOCUSABLE_ATTRIBUTE$1) ? floatingElement : floatingElement.querySelector("[" + FOCUSABLE_ATTRIBUTE$1 + "]") || floatingElement;
}
function getNodeChildren$1(nodes, id, onlyOpenChildren) {
	if (onlyOpenChildren === void 0) onlyOpenChildren = true;
	return nodes.filter((node) => {
		var _node$context;
		return node.parentId === id && (!onlyOpenChildren || ((_node$context = node.context) == null ? void 0 : _node$context.open));
	}).flatMap((child) => [child, ...getNodeChildren$1(nodes, child.id, onlyOpenChildren)]);
}
function isReactEvent(event) {
	return "nativeEvent" in event;
}
function isMouseLikePointerType(pointerType, strict) {
	const values = ["mouse", "pen"];
	if (!strict) values.push("", void 0);
	return values.includes(pointerType);
}
var index$1 = typeof document !== "undefined" ? import_react.useLayoutEffect : function noop() {};
var SafeReact$1 = { ...import_react };
function useLatestRef$1(value) {
	const ref = import_react.useRef(value);
	index$1(() => {
		ref.current = value;
	});
	return ref;
}
var useSafeInsertionEffect = SafeReact$1.useInsertionEffect || ((fn) => fn());
function useEffectEvent$1(callback) {
	const ref = import_react.useRef(() => {});
	useSafeInsertionEffect(() => {
		ref.current = callback;
	});
	return import_react.useCallback(function() {
		for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) args[_key] = arguments[_key];
		return ref.current == null ? void 0 : ref.current(...args);
	}, []);
}
// node_modules/@floating-ui/core/dist/floating-ui.core.mjs
var import_react_dom = /* @__PURE__ */ __toESM(require_react_dom(), 1);
function computeCoordsFromPlacement(_ref, placement, rtl) {
	let { reference, floating } = _ref;
	const sideAxis = getSideAxis(placement);
	const alignmentAxis = getAlignmentAxis(placement);
	const alignLength = getAxisLength(alignmentAxis);
	const side = getSide(placement);
	const isVertical = sideAxis === "y";
	const commonX = reference.x + reference.width / 2 - floating.width / 2;
	const commonY = reference.y + reference.height / 2 - floating.height / 2;
	const commonAlign = reference[alignLength] / 2 - floating[alignLength] / 2;
	let coords;
	switch (side) {
		case "top":
			coords = {
				x: commonX,
				y: reference.y - floating.height
			};
			break;
		case "bottom":
			coords = {
				x: commonX,
				y: reference.y + reference.height
			};
			break;
		case "right":
			coords = {
				x: reference.x + reference.width,
				y: commonY
			};
			break;
		case "left":
			coords = {
				x: reference.x - floating.width,
				y: commonY
			};
			break;
		default: coords = {
			x: reference.x,
			y: reference.y
		};
	}
	const alignment = getAlignment(placement);
	if (alignment) coords[alignmentAxis] += commonAlign * (alignment === "end" ? 1 : -1) * (rtl && isVertical ? -1 : 1);
	return coords;
}
/**
* Resolves with an object of overflow side offsets that determine how much the
* element is overflowing a given clipping boundary on each side.
* - positive = overflowing the boundary by that number of pixels
* - negative = how many pixels left before it will overflow
* - 0 = lies flush with the boundary
* @see https://floating-ui.com/docs/detectOverflow
*/
async function detectOverflow(state, options) {
	var _await$platform$isEle;
	if (options === void 0) options = {};
	const { x, y, platform, rects, elements, strategy } = state;
	const { boundary = "clippingAncestors", rootBoundary = "viewport", elementContext = "floating", altBoundary = false, padding = 0 } = evaluate(options, state);
	const paddingObject = getPaddingObject(padding);
	const element = elements[altBoundary ? elementContext === "floating" ? "reference" : "floating" : elementContext];
	const clippingClientRect = rectToClientRect(await platform.getClippingRect({
		element: ((_await$platform$isEle = await (platform.isElement == null ? void 0 : platform.isElement(element))) != null ? _await$platform$isEle : true) ? element : element.contextElement || await (platform.getDocumentElement == null ? void 0 : platform.getDocumentElement(elements.floating)),
		boundary,
		rootBoundary,
		strategy
	}));
	const rect = elementContext === "floating" ? {
		x,
		y,
		width: rects.floating.width,
		height: rects.floating.height
	} : rects.reference;
	const offsetParent = await (platform.getOffsetParent == null ? void 0 : platform.getOffsetParent(elements.floating));
	const offsetScale = await (platform.isElement == null ? void 0 : platform.isElement(offsetParent)) && await (platform.getScale == null ? void 0 : platform.getScale(offsetParent)) || {
		x: 1,
		y: 1
	};
	const elementClientRect = rectToClientRect(platform.convertOffsetParentRelativeRectToViewportRelativeRect ? await platform.convertOffsetParentRelativeRectToViewportRelativeRect({
		elements,
		rect,
		offsetParent,
		strategy
	}) : rect);
	return {
		top: (clippingClientRect.top - elementClientRect.top + paddingObject.top) / offsetScale.y,
		bottom: (elementClientRect.bottom - clippingClientRect.bottom + paddingObject.bottom) / offsetScale.y,
		left: (clippingClientRect.left - elementClientRect.left + paddingObject.left) / offsetScale.x,
		right: (elementClientRect.right - clippingClientRect.right + paddingObject.right) / offsetScale.x
	};
}
var MAX_RESET_COUNT = 50;
/**
* Computes the `x` and `y` coordinates that will place the floating element
* next to a given reference element.
*
* This export does not have any `platform` interface logic. You will need to
* write one for the platform you are using Floating UI with.
*/
var computePosition$1 = async (reference, floating, config) => {
	const { placement = "bottom", strategy = "absolute", middleware = [], platform } = config;
	const platformWithDetectOverflow = platform.detectOverflow ? platform : {
		...platform,
		detectOverflow
	};
	const rtl = await (platform.isRTL == null ? void 0 : platform.isRTL(floating));
	let rects = await platform.getElementRects({
		reference,
		floating,
		strategy
	});
	let { x, y } = computeCoordsFromPlacement(rects, placement, rtl);
	let statefulPlacement = placement;
	let resetCount = 0;
	const middlewareData = {};
	for (let i = 0; i < middleware.length; i++) {
		const currentMiddleware = middleware[i];
		if (!currentMiddleware) continue;
		const { name, fn } = currentMiddleware;
		const { x: nextX, y: nextY, data, reset } = await fn({
			x,
			y,
			initialPlacement: placement,
			placement: statefulPlacement,
			strategy,
			middlewareData,
			rects,
			platform: platformWithDetectOverflow,
			elements: {
				reference,
				floating
			}
		});
		x = nextX != null ? nextX : x;
		y = nextY != null ? nextY : y;
		middlewareData[name] = {
			...middlewareData[name],
			...data
		};
		if (reset && resetCount < MAX_RESET_COUNT) {
			resetCount++;
			if (typeof reset === "object") {
				if (reset.placement) statefulPlacement = reset.placement;
				if (reset.rects) rects = reset.rects === true ? await platform.getElementRects({
					reference,
					floating,
					strategy
				}) : reset.rects;
				({x, y} = computeCoordsFromPlacement(rects, statefulPlacement, rtl));
			}
			i = -1;
		}
	}
	return {
		x,
		y,
		placement: statefulPlacement,
		strategy,
		middlewareData
	};
};
/**
* Provides data to position an inner element of the floating element so that it
* appears centered to the reference element.
* @see https://floating-ui.com/docs/arrow
*/
var arrow$3 = (options) => ({
	name: "arrow",
	options,
	async fn(state) {
		const { x, y, placement, rects, platform, elements, middlewareData } = state;
		const { element, padding = 0 } = evaluate(options, state) || {};
		if (element == null) return {};
		const paddingObject = getPaddingObject(padding);
		const coords = {
			x,
			y
		};
		const axis = getAlignmentAxis(placement);
		const length = getAxisLength(axis);
		const arrowDimensions = await platform.getDimensions(element);
		const isYAxis = axis === "y";
		const minProp = isYAxis ? "top" : "left";
		const maxProp = isYAxis ? "bottom" : "right";
		const clientProp = isYAxis ? "clientHeight" : "clientWidth";
		const endDiff = rects.reference[length] + rects.reference[axis] - coords[axis] - rects.floating[length];
		const startDiff = coords[axis] - rects.reference[axis];
		const arrowOffsetParent = await (platform.getOffsetParent == null ? void 0 : platform.getOffsetParent(element));
		let clientSize = arrowOffsetParent ? arrowOffsetParent[clientProp] : 0;
		if (!clientSize || !await (platform.isElement == null ? void 0 : platform.isElement(arrowOffsetParent))) clientSize = elements.floating[clientProp] || rects.floating[length];
		const centerToReference = endDiff / 2 - startDiff / 2;
		const largestPossiblePadding = clientSize / 2 - arrowDimensions[length] / 2 - 1;
		const minPadding = min(paddingObject[minProp], largestPossiblePadding);
		const maxPadding = min(paddingObject[maxProp], largestPossiblePadding);
		const max = clientSize - arrowDimensions[length] - maxPadding;
		const center = clientSize / 2 - arrowDimensions[length] / 2 + centerToReference;
		const offset = clamp(minPadding, center, max);
		const shouldAddOffset = !middlewareData.arrow && getAlignment(placement) != null && center !== offset && rects.reference[length] / 2 - (center < minPadding ? minPadding : maxPadding) - arrowDimensions[length] / 2 < 0;
		const alignmentOffset = shouldAddOffset ? center < minPadding ? center - minPadding : center - max : 0;
		return {
			[axis]: coords[axis] + alignmentOffset,
			data: {
				[axis]: offset,
				centerOffset: center - offset - alignmentOffset,
				...shouldAddOffset && { alignmentOffset }
			},
			reset: shouldAddOffset
		};
	}
});
/**
* Optimizes the visibility of the floating element by flipping the `placement`
* in order to keep it in view when the preferred placement(s) will overflow the
* clipping boundary. Alternative to `autoPlacement`.
* @see https://floating-ui.com/docs/flip
*/
var flip$1 = function(options) {
	if (options === void 0) options = {};
	return {
		name: "flip",
		options,
		async fn(state) {
			var _middlewareData$arrow, _middlewareData$flip;
			const { placement, middlewareData, rects, initialPlacement, platform, elements } = state;
			const { mainAxis: checkMainAxis = true, crossAxis: checkCrossAxis = true, fallbackPlacements: specifiedFallbackPlacements, fallbackStrategy = "bestFit", fallbackAxisSideDirection = "none", flipAlignment = true, ...detectOverflowOptions } = evaluate(options, state);
			if ((_middlewareData$arrow = middlewareData.arrow) != null && _middlewareData$arrow.alignmentOffset) return {};
			const side = getSide(placement);
			const initialSideAxis = getSideAxis(initialPlacement);
			const isBasePlacement = getSide(initialPlacement) === initialPlacement;
			const rtl = await (platform.isRTL == null ? void 0 : platform.isRTL(elements.floating));
			const fallbackPlacements = specifiedFallbackPlacements || (isBasePlacement || !flipAlignment ? [getOppositePlacement(initialPlacement)] : getExpandedPlacements(initialPlacement));
			const hasFallbackAxisSideDirection = fallbackAxisSideDirection !== "none";
			if (!specifiedFallbackPlacements && hasFallbackAxisSideDirection) fallbackPlacements.push(...getOppositeAxisPlacements(initialPlacement, flipAlignment, fallbackAxisSideDirection, rtl));
			const placements = [initialPlacement, ...fallbackPlacements];
			const overflow = await platform.detectOverflow(state, detectOverflowOptions);
			const overflows = [];
			let overflowsData = ((_middlewareData$flip = middlewareData.flip) == null ? void 0 : _middlewareData$flip.overflows) || [];
			if (checkMainAxis) overflows.push(overflow[side]);
			if (checkCrossAxis) {
				const sides = getAlignmentSides(placement, rects, rtl);
				overflows.push(overflow[sides[0]], overflow[sides[1]]);
			}
			overflowsData = [...overflowsData, {
				placement,
				overflows
			}];
			if (!overflows.every((side) => side <= 0)) {
				var _middlewareData$flip2, _overflowsData$filter;
				const nextIndex = (((_middlewareData$flip2 = middlewareData.flip) == null ? void 0 : _middlewareData$flip2.index) || 0) + 1;
				const nextPlacement = placements[nextIndex];
				if (nextPlacement) {
					if (!(checkCrossAxis === "alignment" ? initialSideAxis !== getSideAxis(nextPlacement) : false) || overflowsData.every((d) => getSideAxis(d.placement) === initialSideAxis ? d.overflows[0] > 0 : true)) return {
						data: {
							index: nextIndex,
							overflows: overflowsData
						},
						reset: { placement: nextPlacement }
					};
				}
				let resetPlacement = (_overflowsData$filter = overflowsData.filter((d) => d.overflows[0] <= 0).sort((a, b) => a.overflows[1] - b.overflows[1])[0]) == null ? void 0 : _overflowsData$filter.placement;
				if (!resetPlacement) switch (fallbackStrategy) {
					case "bestFit": {
						var _overflowsData$filter2;
						const placement = (_overflowsData$filter2 = overflowsData.filter((d) => {
							if (hasFallbackAxisSideDirection) {
								const currentSideAxis = getSideAxis(d.placement);
								return currentSideAxis === initialSideAxis || currentSideAxis === "y";
							}
							return true;
						}).map((d) => [d.placement, d.overflows.filter((overflow) => overflow > 0).reduce((acc, overflow) => acc + overflow, 0)]).sort((a, b) => a[1] - b[1])[0]) == null ? void 0 : _overflowsData$filter2[0];
						if (placement) resetPlacement = placement;
						break;
					}
					case "initialPlacement": resetPlacement = initialPlacement;
				}
				if (placement !== resetPlacement) return { reset: { placement: resetPlacement } };
			}
			return {};
		}
	};
};
function getSideOffsets(overflow, rect) {
	return {
		top: overflow.top - rect.height,
		right: overflow.right - rect.width,
		bottom: overflow.bottom - rect.height,
		left: overflow.left - rect.width
	};
}
function isAnySideFullyClipped(overflow) {
	return sides.some((side) => overflow[side] >= 0);
}
/**
* Provides data to hide the floating element in applicable situations, such as
* when it is not in the same clipping context as the reference element.
* @see https://floating-ui.com/docs/hide
*/
var hide$1 = function(options) {
	if (options === void 0) options = {};
	return {
		name: "hide",
		options,
		async fn(state) {
			const { rects, platform } = state;
			const { strategy = "referenceHidden", ...detectOverflowOptions } = evaluate(options, state);
			switch (strategy) {
				case "referenceHidden": {
					const offsets = getSideOffsets(await platform.detectOverflow(state, {
						...detectOverflowOptions,
						elementContext: "reference"
					}), rects.reference);
					return { data: {
						referenceHiddenOffsets: offsets,
						referenceHidden: isAnySideFullyClipped(offsets)
					} };
				}
				case "escaped": {
					const offsets = getSideOffsets(await platform.detectOverflow(state, {
						...detectOverflowOptions,
						altBoundary: true
					}), rects.floating);
					return { data: {
						escapedOffsets: offsets,
						escaped: isAnySideFullyClipped(offsets)
					} };
				}
				default: return {};
			}
		}
	};
};
function getBoundingRect(rects) {
	const minX = min(...rects.map((rect) => rect.left));
	const minY = min(...rects.map((rect) => rect.top));
	const maxX = max(...rects.map((rect) => rect.right));
	const maxY = max(...rects.map((rect) => rect.bottom));
	return {
		x: minX,
		y: minY,
		width: maxX - minX,
		height: maxY - minY
	};
}
function getRectsByLine(rects) {
	const sortedRects = rects.slice().sort((a, b) => a.y - b.y);
	const groups = [];
	let prevRect = null;
	for (let i = 0; i < sortedRects.length; i++) {
		const rect = sortedRects[i];
		if (!prevRect || rect.y - prevRect.y > prevRect.height / 2) groups.push([rect]);
		else groups[groups.length - 1].push(rect);
		prevRect = rect;
	}
	return groups.map((rect) => rectToClientRect(getBoundingRect(rect)));
}
/**
* Provides improved positioning for inline reference elements that can span
* over multiple lines, such as hyperlinks or range selections.
* @see https://floating-ui.com/docs/inline
*/
var inline$1 = function(options) {
	if (options === void 0) options = {};
	return {
		name: "inline",
		options,
		async fn(state) {
			const { placement, elements, rects, platform, strategy } = state;
			const { padding = 2, x, y } = evaluate(options, state);
			const nativeClientRects = Array.from(await (platform.getClientRects == null ? void 0 : platform.getClientRects(elements.reference)) || []);
			if (!nativeClientRects.length) return {};
			const clientRects = getRectsByLine(nativeClientRects);
			const fallback = rectToClientRect(getBoundingRect(nativeClientRects));
			const paddingObject = getPaddingObject(padding);
			function getBoundingClientRect() {
				if (clientRects.length === 2 && (clientRects[0].left > clientRects[1].right || clientRects[1].left > clientRects[0].right) && x != null && y != null) return clientRects.find((rect) => x > rect.left - paddingObject.left && x < rect.right + paddingObject.right && y > rect.top - paddingObject.top && y < rect.bottom + paddingObject.bottom) || fallback;
				if (clientRects.length >= 2) {
					if (getSideAxis(placement) === "y") {
						const firstRect = clientRects[0];
						const lastRect = clientRects[clientRects.length - 1];
						const isTop = getSide(placement) === "top";
						const top = firstRect.top;
						const bottom = lastRect.bottom;
						const left = isTop ? firstRect.left : lastRect.left;
						return rectToClientRect({
							x: left,
							y: top,
							width: (isTop ? firstRect.right : lastRect.right) - left,
							height: bottom - top
						});
					}
					const isLeftSide = getSide(placement) === "left";
					const maxRight = max(...clientRects.map((rect) => rect.right));
					const minLeft = min(...clientRects.map((rect) => rect.left));
					const measureRects = clientRects.filter((rect) => isLeftSide ? rect.left === minLeft : rect.right === maxRight);
					const top = measureRects[0].top;
					const bottom = measureRects[measureRects.length - 1].bottom;
					return rectToClientRect({
						x: minLeft,
						y: top,
						width: maxRight - minLeft,
						height: bottom - top
					});
				}
				return fallback;
			}
			const resetRects = await platform.getElementRects({
				reference: { getBoundingClientRect },
				floating: elements.floating,
				strategy
			});
			if (rects.reference.x !== resetRects.reference.x || rects.reference.y !== resetRects.reference.y || rects.reference.width !== resetRects.reference.width || rects.reference.height !== resetRects.reference.height) return { reset: { rects: resetRects } };
			return {};
		}
	};
};
var originSides = /*#__PURE__*/ new Set(["left", "top"]);
async function convertValueToCoords(state, options) {
	const { placement, platform, elements } = state;
	const rtl = await (platform.isRTL == null ? void 0 : platform.isRTL(elements.floating));
	const side = getSide(placement);
	const alignment = getAlignment(placement);
	const isVertical = getSideAxis(placement) === "y";
	const mainAxisMulti = originSides.has(side) ? -1 : 1;
	const crossAxisMulti = rtl && isVertical ? -1 : 1;
	const rawValue = evaluate(options, state);
	let { mainAxis, crossAxis, alignmentAxis } = typeof rawValue === "number" ? {
		mainAxis: rawValue,
		crossAxis: 0,
		alignmentAxis: null
	} : {
		mainAxis: rawValue.mainAxis || 0,
		crossAxis: rawValue.crossAxis || 0,
		alignmentAxis: rawValue.alignmentAxis
	};
	if (alignment && typeof alignmentAxis === "number") crossAxis = alignment === "end" ? alignmentAxis * -1 : alignmentAxis;
	return isVertical ? {
		x: crossAxis * crossAxisMulti,
		y: mainAxis * mainAxisMulti
	} : {
		x: mainAxis * mainAxisMulti,
		y: crossAxis * crossAxisMulti
	};
}
/**
* Modifies the placement by translating the floating element along the
* specified axes.
* A number (shorthand for `mainAxis` or distance), or an axes configuration
* object may be passed.
* @see https://floating-ui.com/docs/offset
*/
var offset$1 = function(options) {
	if (options === void 0) options = 0;
	return {
		name: "offset",
		options,
		async fn(state) {
			var _middlewareData$offse, _middlewareData$arrow;
			const { x, y, placement, middlewareData } = state;
			const diffCoords = await convertValueToCoords(state, options);
			if (placement === ((_middlewareData$offse = middlewareData.offset) == null ? void 0 : _middlewareData$offse.placement) && (_middlewareData$arrow = middlewareData.arrow) != null && _middlewareData$arrow.alignmentOffset) return {};
			return {
				x: x + diffCoords.x,
				y: y + diffCoords.y,
				data: {
					...diffCoords,
					placement
				}
			};
		}
	};
};
/**
* Optimizes the visibility of the floating element by shifting it in order to
* keep it in view when it will overflow the clipping boundary.
* @see https://floating-ui.com/docs/shift
*/
var shift$1 = function(options) {
	if (options === void 0) options = {};
	return {
		name: "shift",
		options,
		async fn(state) {
			const { x, y, placement, platform } = state;
			const { mainAxis: checkMainAxis = true, crossAxis: checkCrossAxis = false, limiter = { fn: (_ref) => {
				let { x, y } = _ref;
				return {
					x,
					y
				};
			} }, ...detectOverflowOptions } = evaluate(options, state);
			const coords = {
				x,
				y
			};
			const overflow = await platform.detectOverflow(state, detectOverflowOptions);
			const crossAxis = getSideAxis(placement);
			const mainAxis = getOppositeAxis(crossAxis);
			let mainAxisCoord = coords[mainAxis];
			let crossAxisCoord = coords[crossAxis];
			const clampCoord = (axis, coord) => clamp(coord + overflow[axis === "y" ? "top" : "left"], coord, coord - overflow[axis === "y" ? "bottom" : "right"]);
			if (checkMainAxis) mainAxisCoord = clampCoord(mainAxis, mainAxisCoord);
			if (checkCrossAxis) crossAxisCoord = clampCoord(crossAxis, crossAxisCoord);
			const limitedCoords = limiter.fn({
				...state,
				[mainAxis]: mainAxisCoord,
				[crossAxis]: crossAxisCoord
			});
			return {
				...limitedCoords,
				data: {
					x: limitedCoords.x - x,
					y: limitedCoords.y - y,
					enabled: {
						[mainAxis]: checkMainAxis,
						[crossAxis]: checkCrossAxis
					}
				}
			};
		}
	};
};
/**
* Built-in `limiter` that will stop `shift()` at a certain point.
*/
var limitShift$1 = function(options) {
	if (options === void 0) options = {};
	return {
		options,
		fn(state) {
			var _rawOffset$mainAxis, _rawOffset$crossAxis;
			const { x, y, placement, rects, middlewareData } = state;
			const { offset = 0, mainAxis: checkMainAxis = true, crossAxis: checkCrossAxis = true } = evaluate(options, state);
			const coords = {
				x,
				y
			};
			const crossAxis = getSideAxis(placement);
			const mainAxis = getOppositeAxis(crossAxis);
			let mainAxisCoord = coords[mainAxis];
			let crossAxisCoord = coords[crossAxis];
			const rawOffset = evaluate(offset, state);
			const computedOffset = typeof rawOffset === "number" ? {
				mainAxis: rawOffset,
				crossAxis: 0
			} : {
				mainAxis: (_rawOffset$mainAxis = rawOffset.mainAxis) != null ? _rawOffset$mainAxis : 0,
				crossAxis: (_rawOffset$crossAxis = rawOffset.crossAxis) != null ? _rawOffset$crossAxis : 0
			};
			if (checkMainAxis) {
				const len = mainAxis === "y" ? "height" : "width";
				const limitMin = rects.reference[mainAxis] - rects.floating[len] + computedOffset.mainAxis;
				const limitMax = rects.reference[mainAxis] + rects.reference[len] - computedOffset.mainAxis;
				if (mainAxisCoord < limitMin) mainAxisCoord = limitMin;
				else if (mainAxisCoord > limitMax) mainAxisCoord = limitMax;
			}
			if (checkCrossAxis) {
				var _middlewareData$offse, _middlewareData$offse2;
				const len = mainAxis === "y" ? "width" : "height";
				const isOriginSide = originSides.has(getSide(placement));
				const limitMin = rects.reference[crossAxis] - rects.floating[len] + (isOriginSide ? ((_middlewareData$offse = middlewareData.offset) == null ? void 0 : _middlewareData$offse[crossAxis]) || 0 : 0) + (isOriginSide ? 0 : computedOffset.crossAxis);
				const limitMax = rects.reference[crossAxis] + rects.reference[len] + (isOriginSide ? 0 : ((_middlewareData$offse2 = middlewareData.offset) == null ? void 0 : _middlewareData$offse2[crossAxis]) || 0) - (isOriginSide ? computedOffset.crossAxis : 0);
				if (crossAxisCoord < limitMin) crossAxisCoord = limitMin;
				else if (crossAxisCoord > limitMax) crossAxisCoord = limitMax;
			}
			return {
				[mainAxis]: mainAxisCoord,
				[crossAxis]: crossAxisCoord
			};
		}
	};
};
/**
* Provides data that allows you to change the size of the floating element —
* for instance, prevent it from overflowing the clipping boundary or match the
* width of the reference element.
* @see https://floating-ui.com/docs/size
*/
var size$1 = function(options) {
	if (options === void 0) options = {};
	return {
		name: "size",
		options,
		async fn(state) {
			const { placement, rects, platform, elements } = state;
			const { apply = () => {}, ...detectOverflowOptions } = evaluate(options, state);
			const overflow = await platform.detectOverflow(state, detectOverflowOptions);
			const side = getSide(placement);
			const alignment = getAlignment(placement);
			const isYAxis = getSideAxis(placement) === "y";
			const { width, height } = rects.floating;
			let heightSide;
			let widthSide;
			if (side === "top" || side === "bottom") {
				heightSide = side;
				widthSide = alignment === (await (platform.isRTL == null ? void 0 : platform.isRTL(elements.floating)) ? "start" : "end") ? "left" : "right";
			} else {
				widthSide = side;
				heightSide = alignment === "end" ? "top" : "bottom";
			}
			const maximumClippingHeight = height - overflow.top - overflow.bottom;
			const maximumClippingWidth = width - overflow.left - overflow.right;
			const overflowAvailableHeight = min(height - overflow[heightSide], maximumClippingHeight);
			const overflowAvailableWidth = min(width - overflow[widthSide], maximumClippingWidth);
			const shiftData = state.middlewareData.shift;
			const noShift = !shiftData;
			let availableHeight = overflowAvailableHeight;
			let availableWidth = overflowAvailableWidth;
			if (shiftData != null && shiftData.enabled.x) availableWidth = maximumClippingWidth;
			if (shiftData != null && shiftData.enabled.y) availableHeight = maximumClippingHeight;
			if (noShift && !alignment) {
				if (isYAxis) availableWidth = width - 2 * max(overflow.left, overflow.right);
				else availableHeight = height - 2 * max(overflow.top, overflow.bottom);
			}
			await apply({
				...state,
				availableWidth,
				availableHeight
			});
			const nextDimensions = await platform.getDimensions(elements.floating);
			if (width !== nextDimensions.width || height !== nextDimensions.height) return { reset: { rects: true } };
			return {};
		}
	};
};
// node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs
function getCssDimensions(element) {
	const css = getComputedStyle$1(element);
	let width = parseFloat(css.width) || 0;
	let height = parseFloat(css.height) || 0;
	const hasOffset = isHTMLElement(element);
	const offsetWidth = hasOffset ? element.offsetWidth : width;
	const offsetHeight = hasOffset ? element.offsetHeight : height;
	const shouldFallback = round(width) !== offsetWidth || round(height) !== offsetHeight;
	if (shouldFallback) {
		width = offsetWidth;
		height = offsetHeight;
	}
	return {
		width,
		height,
		$: shouldFallback
	};
}
function unwrapElement(element) {
	return !isElement(element) ? element.contextElement : element;
}
function getScale(element) {
	const domElement = unwrapElement(element);
	if (!isHTMLElement(domElement)) return createCoords(1);
	const rect = domElement.getBoundingClientRect();
	const { width, height, $ } = getCssDimensions(domElement);
	let x = ($ ? round(rect.width) : rect.width) / width;
	let y = ($ ? round(rect.height) : rect.height) / height;
	if (!x || !Number.isFinite(x)) x = 1;
	if (!y || !Number.isFinite(y)) y = 1;
	return {
		x,
		y
	};
}
var noOffsets = /*#__PURE__*/ createCoords(0);
function getVisualOffsets(element) {
	const win = getWindow(element);
	if (!isWebKit() || !win.visualViewport) return noOffsets;
	return {
		x: win.visualViewport.offsetLeft,
		y: win.visualViewport.offsetTop
	};
}
function shouldAddVisualOffsets(element, isFixed, floatingOffsetParent) {
	if (isFixed === void 0) isFixed = false;
	return !!floatingOffsetParent && isFixed && floatingOffsetParent === getWindow(element);
}
function getBoundingClientRect(element, includeScale, isFixedStrategy, offsetParent) {
	if (includeScale === void 0) includeScale = false;
	if (isFixedStrategy === void 0) isFixedStrategy = false;
	const clientRect = element.getBoundingClientRect();
	const domElement = unwrapElement(element);
	let scale = createCoords(1);
	if (includeScale) {
		if (offsetParent) {
			if (isElement(offsetParent)) scale = getScale(offsetParent);
		} else scale = getScale(element);
	}
	const visualOffsets = shouldAddVisualOffsets(domElement, isFixedStrategy, offsetParent) ? getVisualOffsets(domElement) : createCoords(0);
	let x = (clientRect.left + visualOffsets.x) / scale.x;
	let y = (clientRect.top + visualOffsets.y) / scale.y;
	let width = clientRect.width / scale.x;
	let height = clientRect.height / scale.y;
	if (domElement && offsetParent) {
		const win = getWindow(domElement);
		const offsetWin = isElement(offsetParent) ? getWindow(offsetParent) : offsetParent;
		let currentWin = win;
		let currentIFrame = getFrameElement(currentWin);
		while (currentIFrame && offsetWin !== currentWin) {
			const iframeScale = getScale(currentIFrame);
			const iframeRect = currentIFrame.getBoundingClientRect();
			const css = getComputedStyle$1(currentIFrame);
			const left = iframeRect.left + (currentIFrame.clientLeft + parseFloat(css.paddingLeft)) * iframeScale.x;
			const top = iframeRect.top + (currentIFrame.clientTop + parseFloat(css.paddingTop)) * iframeScale.y;
			x *= iframeScale.x;
			y *= iframeScale.y;
			width *= iframeScale.x;
			height *= iframeScale.y;
			x += left;
			y += top;
			currentWin = getWindow(currentIFrame);
			currentIFrame = getFrameElement(currentWin);
		}
	}
	return rectToClientRect({
		width,
		height,
		x,
		y
	});
}
function getWindowScrollBarX(element, rect) {
	const leftScroll = getNodeScroll(element).scrollLeft;
	if (!rect) return getBoundingClientRect(getDocumentElement(element)).left + leftScroll;
	return rect.left + leftScroll;
}
function getHTMLOffset(documentElement, scroll) {
	const htmlRect = documentElement.getBoundingClientRect();
	return {
		x: htmlRect.left + scroll.scrollLeft - getWindowScrollBarX(documentElement, htmlRect),
		y: htmlRect.top + scroll.scrollTop
	};
}
function convertOffsetParentRelativeRectToViewportRelativeRect(_ref) {
	let { elements, rect, offsetParent, strategy } = _ref;
	const isFixed = strategy === "fixed";
	const documentElement = getDocumentElement(offsetParent);
	const topLayer = elements ? isTopLayer(elements.floating) : false;
	if (offsetParent === documentElement || topLayer && isFixed) return rect;
	let scroll = {
		scrollLeft: 0,
		scrollTop: 0
	};
	let scale = createCoords(1);
	const offsets = createCoords(0);
	const isOffsetParentAnElement = isHTMLElement(offsetParent);
	if (isOffsetParentAnElement || !isFixed) {
		if (getNodeName(offsetParent) !== "body" || isOverflowElement(documentElement)) scroll = getNodeScroll(offsetParent);
		if (isOffsetParentAnElement) {
			const offsetRect = getBoundingClientRect(offsetParent);
			scale = getScale(offsetParent);
			offsets.x = offsetRect.x + offsetParent.clientLeft;
			offsets.y = offsetRect.y + offsetParent.clientTop;
		}
	}
	const htmlOffset = documentElement && !isOffsetParentAnElement && !isFixed ? getHTMLOffset(documentElement, scroll) : createCoords(0);
	return {
		width: rect.width * scale.x,
		height: rect.height * scale.y,
		x: rect.x * scale.x - scroll.scrollLeft * scale.x + offsets.x + htmlOffset.x,
		y: rect.y * scale.y - scroll.scrollTop * scale.y + offsets.y + htmlOffset.y
	};
}
function getClientRects(element) {
	return element.getClientRects ? Array.from(element.getClientRects()) : [];
}
function getDocumentRect(html) {
	const scroll = getNodeScroll(html);
	const body = html.ownerDocument.body;
	const width = max(html.scrollWidth, html.clientWidth, body.scrollWidth, body.clientWidth);
	const height = max(html.scrollHeight, html.clientHeight, body.scrollHeight, body.clientHeight);
	let x = -scroll.scrollLeft + getWindowScrollBarX(html);
	const y = -scroll.scrollTop;
	if (getComputedStyle$1(body).direction === "rtl") x += max(html.clientWidth, body.clientWidth) - width;
	return {
		width,
		height,
		x,
		y
	};
}
var SCROLLBAR_MAX = 25;
function getViewportRect(element, strategy, rootBoundary) {
	if (rootBoundary === void 0) rootBoundary = "viewport";
	const isLayoutViewport = rootBoundary === "layoutViewport";
	const win = getWindow(element);
	const html = getDocumentElement(element);
	const visualViewport = win.visualViewport;
	let width = html.clientWidth;
	let height = html.clientHeight;
	let x = 0;
	let y = 0;
	if (visualViewport) {
		const layoutRelativeClientCoords = !isWebKit() || strategy === "fixed";
		if (isLayoutViewport) {
			if (!layoutRelativeClientCoords) {
				x = -visualViewport.offsetLeft;
				y = -visualViewport.offsetTop;
			}
		} else {
			width = visualViewport.width;
			height = visualViewport.height;
			if (layoutRelativeClientCoords) {
				x = visualViewport.offsetLeft;
				y = visualViewport.offsetTop;
			}
		}
	}
	if (getWindowScrollBarX(html) <= 0) {
		const doc = html.ownerDocument;
		const body = doc.body;
		const bodyStyles = getComputedStyle(body);
		const bodyMarginInline = doc.compatMode === "CSS1Compat" ? parseFloat(bodyStyles.marginLeft) + parseFloat(bodyStyles.marginRight) || 0 : 0;
		const reservedWidth = Math.abs(html.clientWidth - body.clientWidth - bodyMarginInline);
		const gutter = getComputedStyle(html).scrollbarGutter === "stable both-edges" ? reservedWidth / 2 : reservedWidth;
		if (gutter <= SCROLLBAR_MAX) width -= gutter;
	}
	return {
		width,
		height,
		x,
		y
	};
}
function getInnerBoundingClientRect(element, strategy) {
	const clientRect = getBoundingClientRect(element, true, strategy === "fixed");
	const top = clientRect.top + element.clientTop;
	const left = clientRect.left + element.clientLeft;
	const scale = getScale(element);
	return {
		width: element.clientWidth * scale.x,
		height: element.clientHeight * scale.y,
		x: left * scale.x,
		y: top * scale.y
	};
}
function getClientRectFromClippingAncestor(element, clippingAncestor, strategy) {
	let rect;
	if (clippingAncestor === "viewport" || clippingAncestor === "layoutViewport") rect = getViewportRect(element, strategy, clippingAncestor);
	else if (clippingAncestor === "document") rect = getDocumentRect(getDocumentElement(element));
	else if (isElement(clippingAncestor)) rect = getInnerBoundingClientRect(clippingAncestor, strategy);
	else {
		const visualOffsets = getVisualOffsets(element);
		rect = {
			x: clippingAncestor.x - visualOffsets.x,
			y: clippingAncestor.y - visualOffsets.y,
			width: clippingAncestor.width,
			height: clippingAncestor.height
		};
	}
	return rectToClientRect(rect);
}
function getClippingElementAncestors(element, cache) {
	const cachedResult = cache.get(element);
	if (cachedResult) return cachedResult;
	let result = getOverflowAncestors(element, [], false).filter((el) => isElement(el) && getNodeName(el) !== "body");
	let lastKeptComputedStyle = null;
	const elementIsFixed = getComputedStyle$1(element).position === "fixed";
	let currentNode = elementIsFixed ? getParentNode(element) : element;
	while (isElement(currentNode) && !isLastTraversableNode(currentNode)) {
		const computedStyle = getComputedStyle$1(currentNode);
		const currentNodeIsContaining = isContainingBlock(currentNode);
		const lastPosition = lastKeptComputedStyle ? lastKeptComputedStyle.position : elementIsFixed ? "fixed" : "";
		if (!currentNodeIsContaining && (lastPosition === "fixed" || lastPosition === "absolute" && computedStyle.position === "static")) result = result.filter((ancestor) => ancestor !== currentNode);
		else lastKeptComputedStyle = computedStyle;
		currentNode = getParentNode(currentNode);
	}
	cache.set(element, result);
	return result;
}
function getClippingRect(_ref) {
	let { element, boundary, rootBoundary, strategy } = _ref;
	const clippingAncestors = [...boundary === "clippingAncestors" ? isTopLayer(element) ? [] : getClippingElementAncestors(element, this._c) : [].concat(boundary), rootBoundary];
	const firstRect = getClientRectFromClippingAncestor(element, clippingAncestors[0], strategy);
	let top = firstRect.top;
	let right = firstRect.right;
	let bottom = firstRect.bottom;
	let left = firstRect.left;
	for (let i = 1; i < clippingAncestors.length; i++) {
		const rect = getClientRectFromClippingAncestor(element, clippingAncestors[i], strategy);
		top = max(rect.top, top);
		right = min(rect.right, right);
		bottom = min(rect.bottom, bottom);
		left = max(rect.left, left);
	}
	return {
		width: right - left,
		height: bottom - top,
		x: left,
		y: top
	};
}
function getDimensions(element) {
	const { width, height } = getCssDimensions(element);
	return {
		width,
		height
	};
}
function getRectRelativeToOffsetParent(element, offsetParent, strategy) {
	const isOffsetParentAnElement = isHTMLElement(offsetParent);
	const documentElement = getDocumentElement(offsetParent);
	const isFixed = strategy === "fixed";
	const rect = getBoundingClientRect(element, true, isFixed, offsetParent);
	let scroll = {
		scrollLeft: 0,
		scrollTop: 0
	};
	const offsets = createCoords(0);
	if (isOffsetParentAnElement || !isFixed) {
		if (getNodeName(offsetParent) !== "body" || isOverflowElement(documentElement)) scroll = getNodeScroll(offsetParent);
		if (isOffsetParentAnElement) {
			const offsetRect = getBoundingClientRect(offsetParent, true, isFixed, offsetParent);
			offsets.x = offsetRect.x + offsetParent.clientLeft;
			offsets.y = offsetRect.y + offsetParent.clientTop;
		}
	}
	if (!isOffsetParentAnElement && documentElement) offsets.x = getWindowScrollBarX(documentElement);
	const htmlOffset = documentElement && !isOffsetParentAnElement && !isFixed ? getHTMLOffset(documentElement, scroll) : createCoords(0);
	return {
		x: rect.left + scroll.scrollLeft - offsets.x - htmlOffset.x,
		y: rect.top + scroll.scrollTop - offsets.y - htmlOffset.y,
		width: rect.width,
		height: rect.height
	};
}
function isStaticPositioned(element) {
	return getComputedStyle$1(element).position === "static";
}
function getTrueOffsetParent(element, polyfill) {
	if (!isHTMLElement(element) || getComputedStyle$1(element).position === "fixed") return null;
	if (polyfill) return polyfill(element);
	let rawOffsetParent = element.offsetParent;
	if (getDocumentElement(element) === rawOffsetParent) rawOffsetParent = rawOffsetParent.ownerDocument.body;
	return rawOffsetParent;
}
function getOffsetParent(element, polyfill) {
	const win = getWindow(element);
	if (isTopLayer(element)) return win;
	if (!isHTMLElement(element)) {
		let svgOffsetParent = getParentNode(element);
		while (svgOffsetParent && !isLastTraversableNode(svgOffsetParent)) {
			if (isElement(svgOffsetParent) && !isStaticPositioned(svgOffsetParent)) return svgOffsetParent;
			svgOffsetParent = getParentNode(svgOffsetParent);
		}
		return win;
	}
	let offsetParent = getTrueOffsetParent(element, polyfill);
	while (offsetParent && isTableElement(offsetParent) && isStaticPositioned(offsetParent)) offsetParent = getTrueOffsetParent(offsetParent, polyfill);
	if (offsetParent && isLastTraversableNode(offsetParent) && isStaticPositioned(offsetParent) && !isContainingBlock(offsetParent)) return win;
	return offsetParent || getContainingBlock(element) || win;
}
var getElementRects = async function(data) {
	const getOffsetParentFn = this.getOffsetParent || getOffsetParent;
	const getDimensionsFn = this.getDimensions;
	const floatingDimensions = await getDimensionsFn(data.floating);
	return {
		reference: getRectRelativeToOffsetParent(data.reference, await getOffsetParentFn(data.floating), data.strategy),
		floating: {
			x: 0,
			y: 0,
			width: floatingDimensions.width,
			height: floatingDimensions.height
		}
	};
};
function isRTL(element) {
	return getComputedStyle$1(element).direction === "rtl";
}
var platform = {
	convertOffsetParentRelativeRectToViewportRelativeRect,
	getDocumentElement,
	getClippingRect,
	getOffsetParent,
	getElementRects,
	getClientRects,
	getDimensions,
	getScale,
	isElement,
	isRTL
};
function rectsAreEqual(a, b) {
	return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
function observeMove(element, onMove, ancestorResize) {
	let io = null;
	let timeoutId;
	const root = getDocumentElement(element);
	function cleanup() {
		var _io;
		clearTimeout(timeoutId);
		(_io = io) == null || _io.disconnect();
		io = null;
	}
	function refresh(skip, threshold) {
		if (skip === void 0) skip = false;
		if (threshold === void 0) threshold = 1;
		cleanup();
		const elementRectForRootMargin = element.getBoundingClientRect();
		const { left, top, width, height } = elementRectForRootMargin;
		if (!skip) onMove();
		if (!width || !height) return;
		const insetTop = floor(top);
		const insetRight = floor(root.clientWidth - (left + width));
		const insetBottom = floor(root.clientHeight - (top + height));
		const insetLeft = floor(left);
		const options = {
			rootMargin: -insetTop + "px " + -insetRight + "px " + -insetBottom + "px " + -insetLeft + "px",
			threshold: max(0, min(1, threshold)) || 1
		};
		let isFirstUpdate = true;
		function handleObserve(entries) {
			const ratio = entries[0].intersectionRatio;
			if (!rectsAreEqual(elementRectForRootMargin, element.getBoundingClientRect())) return refresh();
			if (ratio !== threshold) {
				if (!isFirstUpdate) return refresh();
				if (!ratio) timeoutId = setTimeout(() => {
					refresh(false, 1e-7);
				}, 1e3);
				else refresh(false, ratio);
			}
			isFirstUpdate = false;
		}
		try {
			io = new IntersectionObserver(handleObserve, {
				...options,
				root: root.ownerDocument
			});
		} catch (_e) {
			io = new IntersectionObserver(handleObserve, options);
		}
		io.observe(element);
	}
	const win = getWindow(element);
	const handleResize = () => refresh(ancestorResize);
	win.addEventListener("resize", handleResize);
	refresh(true);
	return () => {
		win.removeEventListener("resize", handleResize);
		cleanup();
	};
}
/**
* Automatically updates the position of the floating element when necessary.
* Should only be called when the floating element is mounted on the DOM or
* visible on the screen.
* @returns cleanup function that should be invoked when the floating element is
* removed from the DOM or hidden from the screen.
* @see https://floating-ui.com/docs/autoUpdate
*/
function autoUpdate(reference, floating, update, options) {
	if (options === void 0) options = {};
	const { ancestorScroll = true, ancestorResize = true, elementResize = typeof ResizeObserver === "function", layoutShift = typeof IntersectionObserver === "function", animationFrame = false } = options;
	const referenceEl = unwrapElement(reference);
	const ancestors = ancestorScroll || ancestorResize ? [...referenceEl ? getOverflowAncestors(referenceEl) : [], ...floating ? getOverflowAncestors(floating) : []] : [];
	ancestors.forEach((ancestor) => {
		ancestorScroll && ancestor.addEventListener("scroll", update);
		ancestorResize && ancestor.addEventListener("resize", update);
	});
	const cleanupIo = referenceEl && layoutShift ? observeMove(referenceEl, update, ancestorResize) : null;
	let reobserveFrame = -1;
	let resizeObserver = null;
	if (elementResize) {
		resizeObserver = new ResizeObserver((_ref) => {
			let [firstEntry] = _ref;
			if (firstEntry && firstEntry.target === referenceEl && resizeObserver && floating) {
				resizeObserver.unobserve(floating);
				cancelAnimationFrame(reobserveFrame);
				reobserveFrame = requestAnimationFrame(() => {
					var _resizeObserver;
					(_resizeObserver = resizeObserver) == null || _resizeObserver.observe(floating);
				});
			}
			update();
		});
		if (referenceEl && !animationFrame) resizeObserver.observe(referenceEl);
		if (floating) resizeObserver.observe(floating);
	}
	let frameId;
	let prevRefRect = animationFrame ? getBoundingClientRect(reference) : null;
	if (animationFrame) frameLoop();
	function frameLoop() {
		const nextRefRect = getBoundingClientRect(reference);
		if (prevRefRect && !rectsAreEqual(prevRefRect, nextRefRect)) update();
		prevRefRect = nextRefRect;
		frameId = requestAnimationFrame(frameLoop);
	}
	update();
	return () => {
		var _resizeObserver2;
		ancestors.forEach((ancestor) => {
			ancestorScroll && ancestor.removeEventListener("scroll", update);
			ancestorResize && ancestor.removeEventListener("resize", update);
		});
		cleanupIo?.();
		(_resizeObserver2 = resizeObserver) == null || _resizeObserver2.disconnect();
		resizeObserver = null;
		if (animationFrame) cancelAnimationFrame(frameId);
	};
}
/**
* Modifies the placement by translating the floating element along the
* specified axes.
* A number (shorthand for `mainAxis` or distance), or an axes configuration
* object may be passed.
* @see https://floating-ui.com/docs/offset
*/
var offset$2 = offset$1;
/**
* Optimizes the visibility of the floating element by shifting it in order to
* keep it in view when it will overflow the clipping boundary.
* @see https://floating-ui.com/docs/shift
*/
var shift$2 = shift$1;
/**
* Optimizes the visibility of the floating element by flipping the `placement`
* in order to keep it in view when the preferred placement(s) will overflow the
* clipping boundary. Alternative to `autoPlacement`.
* @see https://floating-ui.com/docs/flip
*/
var flip$2 = flip$1;
/**
* Provides data that allows you to change the size of the floating element —
* for instance, prevent it from overflowing the clipping boundary or match the
* width of the reference element.
* @see https://floating-ui.com/docs/size
*/
var size$2 = size$1;
/**
* Provides data to hide the floating element in applicable situations, such as
* when it is not in the same clipping context as the reference element.
* @see https://floating-ui.com/docs/hide
*/
var hide$2 = hide$1;
/**
* Provides data to position an inner element of the floating element so that it
* appears centered to the reference element.
* @see https://floating-ui.com/docs/arrow
*/
var arrow$2 = arrow$3;
/**
* Provides improved positioning for inline reference elements that can span
* over multiple lines, such as hyperlinks or range selections.
* @see https://floating-ui.com/docs/inline
*/
var inline$2 = inline$1;
/**
* Built-in `limiter` that will stop `shift()` at a certain point.
*/
var limitShift$2 = limitShift$1;
/**
* Computes the `x` and `y` coordinates that will place the floating element
* next to a given reference element.
*/
var computePosition = (reference, floating, options) => {
	const cache = /* @__PURE__ */ new Map();
	const mergedOptions = options != null ? options : {};
	const platformWithCache = {
		...platform,
		...mergedOptions.platform,
		_c: cache
	};
	return computePosition$1(reference, floating, {
		...mergedOptions,
		platform: platformWithCache
	});
};
// node_modules/@floating-ui/react-dom/dist/floating-ui.react-dom.mjs
var index = typeof document !== "undefined" ? import_react.useLayoutEffect : function noop() {};
function deepEqual(a, b) {
	if (a === b) return true;
	if (typeof a !== typeof b) return false;
	if (typeof a === "function" && a.toString() === b.toString()) return true;
	let length;
	let i;
	let keys;
	if (a && b && typeof a === "object") {
		if (Array.isArray(a)) {
			length = a.length;
			if (length !== b.length) return false;
			for (i = length; i-- !== 0;) if (!deepEqual(a[i], b[i])) return false;
			return true;
		}
		keys = Object.keys(a);
		length = keys.length;
		if (length !== Object.keys(b).length) return false;
		for (i = length; i-- !== 0;) if (!{}.hasOwnProperty.call(b, keys[i])) return false;
		for (i = length; i-- !== 0;) {
			const key = keys[i];
			if (key === "_owner" && a.$$typeof) continue;
			if (!deepEqual(a[key], b[key])) return false;
		}
		return true;
	}
	return a !== a && b !== b;
}
function getDPR(element) {
	if (typeof window === "undefined") return 1;
	return (element.ownerDocument.defaultView || window).devicePixelRatio || 1;
}
function roundByDPR(element, value) {
	const dpr = getDPR(element);
	return Math.round(value * dpr) / dpr;
}
function useLatestRef(value) {
	const ref = import_react.useRef(value);
	index(() => {
		ref.current = value;
	});
	return ref;
}
/**
* Provides data to position a floating element.
* @see https://floating-ui.com/docs/useFloating
*/
function useFloating$1(options) {
	if (options === void 0) options = {};
	const { placement = "bottom", strategy = "absolute", middleware = [], platform, elements: { reference: externalReference, floating: externalFloating } = {}, transform = true, whileElementsMounted, open } = options;
	const [data, setData] = import_react.useState({
		x: 0,
		y: 0,
		strategy,
		placement,
		middlewareData: {},
		isPositioned: false
	});
	const [latestMiddleware, setLatestMiddleware] = import_react.useState(middleware);
	if (!deepEqual(latestMiddleware, middleware)) setLatestMiddleware(middleware);
	const [_reference, _setReference] = import_react.useState(null);
	const [_floating, _setFloating] = import_react.useState(null);
	const setReference = import_react.useCallback((node) => {
		if (node !== referenceRef.current) {
			referenceRef.current = node;
			_setReference(node);
		}
	}, []);
	const setFloating = import_react.useCallback((node) => {
		if (node !== floatingRef.current) {
			floatingRef.current = node;
			_setFloating(node);
		}
	}, []);
	const referenceEl = externalReference || _reference;
	const floatingEl = externalFloating || _floating;
	const referenceRef = import_react.useRef(null);
	const floatingRef = import_react.useRef(null);
	const dataRef = import_react.useRef(data);
	const hasWhileElementsMounted = whileElementsMounted != null;
	const whileElementsMountedRef = useLatestRef(whileElementsMounted);
	const platformRef = useLatestRef(platform);
	const openRef = useLatestRef(open);
	const update = import_react.useCallback(() => {
		if (!referenceRef.current || !floatingRef.current) return;
		const config = {
			placement,
			strategy,
			middleware: latestMiddleware
		};
		if (platformRef.current) config.platform = platformRef.current;
		computePosition(referenceRef.current, floatingRef.current, config).then((data) => {
			const fullData = {
				...data,
				isPositioned: openRef.current !== false
			};
			if (isMountedRef.current && !deepEqual(dataRef.current, fullData)) {
				dataRef.current = fullData;
				import_react_dom.flushSync(() => {
					setData(fullData);
				});
			}
		});
	}, [
		latestMiddleware,
		placement,
		strategy,
		platformRef,
		openRef
	]);
	index(() => {
		if (open === false && dataRef.current.isPositioned) {
			dataRef.current.isPositioned = false;
			setData((data) => ({
				...data,
				isPositioned: false
			}));
		}
	}, [open]);
	const isMountedRef = import_react.useRef(false);
	index(() => {
		isMountedRef.current = true;
		return () => {
			isMountedRef.current = false;
		};
	}, []);
	index(() => {
		if (referenceEl) referenceRef.current = referenceEl;
		if (floatingEl) floatingRef.current = floatingEl;
		if (referenceEl && floatingEl) {
			if (whileElementsMountedRef.current) return whileElementsMountedRef.current(referenceEl, floatingEl, update);
			update();
		}
	}, [
		referenceEl,
		floatingEl,
		update,
		whileElementsMountedRef,
		hasWhileElementsMounted
	]);
	const refs = import_react.useMemo(() => ({
		reference: referenceRef,
		floating: floatingRef,
		setReference,
		setFloating
	}), [setReference, setFloating]);
	const elements = import_react.useMemo(() => ({
		reference: referenceEl,
		floating: floatingEl
	}), [referenceEl, floatingEl]);
	const floatingStyles = import_react.useMemo(() => {
		const initialStyles = {
			position: strategy,
			left: 0,
			top: 0
		};
		if (!elements.floating) return initialStyles;
		const x = roundByDPR(elements.floating, data.x);
		const y = roundByDPR(elements.floating, data.y);
		if (transform) return {
			...initialStyles,
			transform: "translate(" + x + "px, " + y + "px)",
			...getDPR(elements.floating) >= 1.5 && { willChange: "transform" }
		};
		return {
			position: strategy,
			left: x,
			top: y
		};
	}, [
		strategy,
		transform,
		elements.floating,
		data.x,
		data.y
	]);
	return import_react.useMemo(() => ({
		...data,
		update,
		refs,
		elements,
		floatingStyles
	}), [
		data,
		update,
		refs,
		elements,
		floatingStyles
	]);
}
/**
* Provides data to position an inner element of the floating element so that it
* appears centered to the reference element.
* This wraps the core `arrow` middleware to allow React refs as the element.
* @see https://floating-ui.com/docs/arrow
*/
var arrow$1 = (options) => {
	function isRef(value) {
		return {}.hasOwnProperty.call(value, "current");
	}
	return {
		name: "arrow",
		options,
		fn(state) {
			const { element, padding } = typeof options === "function" ? options(state) : options;
			if (element && isRef(element)) {
				if (element.current != null) return arrow$2({
					element: element.current,
					padding
				}).fn(state);
				return {};
			}
			if (element) return arrow$2({
				element,
				padding
			}).fn(state);
			return {};
		}
	};
};
/**
* Modifies the placement by translating the floating element along the
* specified axes.
* A number (shorthand for `mainAxis` or distance), or an axes configuration
* object may be passed.
* @see https://floating-ui.com/docs/offset
*/
var offset = (options, deps) => {
	const result = offset$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Optimizes the visibility of the floating element by shifting it in order to
* keep it in view when it will overflow the clipping boundary.
* @see https://floating-ui.com/docs/shift
*/
var shift = (options, deps) => {
	const result = shift$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Built-in `limiter` that will stop `shift()` at a certain point.
*/
var limitShift = (options, deps) => {
	return {
		fn: limitShift$2(options).fn,
		options: [options, deps]
	};
};
/**
* Optimizes the visibility of the floating element by flipping the `placement`
* in order to keep it in view when the preferred placement(s) will overflow the
* clipping boundary. Alternative to `autoPlacement`.
* @see https://floating-ui.com/docs/flip
*/
var flip = (options, deps) => {
	const result = flip$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Provides data that allows you to change the size of the floating element —
* for instance, prevent it from overflowing the clipping boundary or match the
* width of the reference element.
* @see https://floating-ui.com/docs/size
*/
var size = (options, deps) => {
	const result = size$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Provides data to hide the floating element in applicable situations, such as
* when it is not in the same clipping context as the reference element.
* @see https://floating-ui.com/docs/hide
*/
var hide = (options, deps) => {
	const result = hide$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Provides improved positioning for inline reference elements that can span
* over multiple lines, such as hyperlinks or range selections.
* @see https://floating-ui.com/docs/inline
*/
var inline = (options, deps) => {
	const result = inline$2(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
/**
* Provides data to position an inner element of the floating element so that it
* appears centered to the reference element.
* This wraps the core `arrow` middleware to allow React refs as the element.
* @see https://floating-ui.com/docs/arrow
*/
var arrow = (options, deps) => {
	const result = arrow$1(options);
	return {
		name: result.name,
		fn: result.fn,
		options: [options, deps]
	};
};
// node_modules/@floating-ui/react/dist/floating-ui.react.mjs
/**
* Merges an array of refs into a single memoized callback ref or `null`.
* @see https://floating-ui.com/docs/react-utils#usemergerefs
*/
function useMergeRefs(refs) {
	const cleanupRef = import_react.useRef(void 0);
	const refEffect = import_react.useCallback((instance) => {
		const cleanups = refs.map((ref) => {
			if (ref == null) return;
			if (typeof ref === "function") {
				const refCallback = ref;
				const refCleanup = refCallback(instance);
				return typeof refCleanup === "function" ? refCleanup : () => {
					refCallback(null);
				};
			}
			ref.current = instance;
			return () => {
				ref.current = null;
			};
		});
		return () => {
			cleanups.forEach((refCleanup) => refCleanup == null ? void 0 : refCleanup());
		};
	}, refs);
	return import_react.useMemo(() => {
		if (refs.every((ref) => ref == null)) return null;
		return (value) => {
			if (cleanupRef.current) {
				cleanupRef.current();
				cleanupRef.current = void 0;
			}
			if (value != null) cleanupRef.current = refEffect(value);
		};
	}, refs);
}
var FOCUSABLE_ATTRIBUTE = "data-floating-ui-focusable";
var ACTIVE_KEY = "active";
var SELECTED_KEY = "selected";
var ARROW_LEFT = "ArrowLeft";
var ARROW_RIGHT = "ArrowRight";
var ARROW_UP = "ArrowUp";
var ARROW_DOWN = "ArrowDown";
var horizontalKeys = [ARROW_LEFT, ARROW_RIGHT];
var verticalKeys = [ARROW_UP, ARROW_DOWN];
[...horizontalKeys, ...verticalKeys];
var SafeReact = { ...import_react };
var serverHandoffComplete = false;
var count = 0;
var genId = () => "floating-ui-" + Math.random().toString(36).slice(2, 6) + count++;
function useFloatingId() {
	const [id, setId] = import_react.useState(() => serverHandoffComplete ? genId() : void 0);
	index$1(() => {
		if (id == null) setId(genId());
	}, []);
	import_react.useEffect(() => {
		serverHandoffComplete = true;
	}, []);
	return id;
}
/**
* Uses React 18's built-in `useId()` when available, or falls back to a
* slightly less performant (requiring a double render) implementation for
* earlier React versions.
* @see https://floating-ui.com/docs/react-utils#useid
*/
var useId = SafeReact.useId || useFloatingId;
function createEventEmitter() {
	const map = /* @__PURE__ */ new Map();
	return {
		emit(event, data) {
			var _map$get;
			(_map$get = map.get(event)) == null || _map$get.forEach((listener) => listener(data));
		},
		on(event, listener) {
			if (!map.has(event)) map.set(event, /* @__PURE__ */ new Set());
			map.get(event).add(listener);
		},
		off(event, listener) {
			var _map$get2;
			(_map$get2 = map.get(event)) == null || _map$get2.delete(listener);
		}
	};
}
var FloatingNodeContext = /*#__PURE__*/ import_react.createContext(null);
var FloatingTreeContext = /*#__PURE__*/ import_react.createContext(null);
/**
* Returns the parent node id for nested floating elements, if available.
* Returns `null` for top-level floating elements.
*/
var useFloatingParentNodeId = () => {
	var _React$useContext;
	return ((_React$useContext = import_react.useContext(FloatingNodeContext)) == null ? void 0 : _React$useContext.id) || null;
};
/**
* Returns the nearest floating tree context, if available.
*/
var useFloatingTree = () => import_react.useContext(FloatingTreeContext);
function createAttribute(name) {
	return "data-floating-ui-" + name;
}
function clearTimeoutIfSet(timeoutRef) {
	if (timeoutRef.current !== -1) {
		clearTimeout(timeoutRef.current);
		timeoutRef.current = -1;
	}
}
var safePolygonIdentifier = /*#__PURE__*/ createAttribute("safe-polygon");
function getDelay(value, prop, pointerType) {
	if (pointerType && !isMouseLikePointerType(pointerType)) return 0;
	if (typeof value === "number") return value;
	if (typeof value === "function") {
		const result = value();
		if (typeof result === "number") return result;
		return result == null ? void 0 : result[prop];
	}
	return value == null ? void 0 : value[prop];
}
function getRestMs(value) {
	if (typeof value === "function") return value();
	return value;
}
/**
* Opens the floating element while hovering over the reference element, like
* CSS `:hover`.
* @see https://floating-ui.com/docs/useHover
*/
function useHover(context, props) {
	if (props === void 0) props = {};
	const { open, onOpenChange, dataRef, events, elements } = context;
	const { enabled = true, delay = 0, handleClose = null, mouseOnly = false, restMs = 0, move = true } = props;
	const tree = useFloatingTree();
	const parentId = useFloatingParentNodeId();
	const handleCloseRef = useLatestRef$1(handleClose);
	const delayRef = useLatestRef$1(delay);
	const openRef = useLatestRef$1(open);
	const restMsRef = useLatestRef$1(restMs);
	const pointerTypeRef = import_react.useRef();
	const timeoutRef = import_react.useRef(-1);
	const handlerRef = import_react.useRef();
	const restTimeoutRef = import_react.useRef(-1);
	const blockMouseMoveRef = import_react.useRef(true);
	const performedPointerEventsMutationRef = import_react.useRef(false);
	const unbindMouseMoveRef = import_react.useRef(() => {});
	const restTimeoutPendingRef = import_react.useRef(false);
	const isHoverOpen = useEffectEvent$1(() => {
		var _dataRef$current$open;
		const type = (_dataRef$current$open = dataRef.current.openEvent) == null ? void 0 : _dataRef$current$open.type;
		return (type == null ? void 0 : type.includes("mouse")) && type !== "mousedown";
	});
	import_react.useEffect(() => {
		if (!enabled) return;
		function onOpenChange(_ref) {
			let { open } = _ref;
			if (!open) {
				clearTimeoutIfSet(timeoutRef);
				clearTimeoutIfSet(restTimeoutRef);
				blockMouseMoveRef.current = true;
				restTimeoutPendingRef.current = false;
			}
		}
		events.on("openchange", onOpenChange);
		return () => {
			events.off("openchange", onOpenChange);
		};
	}, [enabled, events]);
	import_react.useEffect(() => {
		if (!enabled) return;
		if (!handleCloseRef.current) return;
		if (!open) return;
		function onLeave(event) {
			if (isHoverOpen()) onOpenChange(false, event, "hover");
		}
		const html = getDocument(elements.floating).documentElement;
		html.addEventListener("mouseleave", onLeave);
		return () => {
			html.removeEventListener("mouseleave", onLeave);
		};
	}, [
		elements.floating,
		open,
		onOpenChange,
		enabled,
		handleCloseRef,
		isHoverOpen
	]);
	const closeWithDelay = import_react.useCallback(function(event, runElseBranch, reason) {
		if (runElseBranch === void 0) runElseBranch = true;
		if (reason === void 0) reason = "hover";
		const closeDelay = getDelay(delayRef.current, "close", pointerTypeRef.current);
		if (closeDelay && !handlerRef.current) {
			clearTimeoutIfSet(timeoutRef);
			timeoutRef.current = window.setTimeout(() => onOpenChange(false, event, reason), closeDelay);
		} else if (runElseBranch) {
			clearTimeoutIfSet(timeoutRef);
			onOpenChange(false, event, reason);
		}
	}, [delayRef, onOpenChange]);
	const cleanupMouseMoveHandler = useEffectEvent$1(() => {
		unbindMouseMoveRef.current();
		handlerRef.current = void 0;
	});
	const clearPointerEvents = useEffectEvent$1(() => {
		if (performedPointerEventsMutationRef.current) {
			const body = getDocument(elements.floating).body;
			body.style.pointerEvents = "";
			body.removeAttribute(safePolygonIdentifier);
			performedPointerEventsMutationRef.current = false;
		}
	});
	const isClickLikeOpenEvent = useEffectEvent$1(() => {
		return dataRef.current.openEvent ? ["click", "mousedown"].includes(dataRef.current.openEvent.type) : false;
	});
	import_react.useEffect(() => {
		if (!enabled) return;
		function onReferenceMouseEnter(event) {
			clearTimeoutIfSet(timeoutRef);
			blockMouseMoveRef.current = false;
			if (mouseOnly && !isMouseLikePointerType(pointerTypeRef.current) || getRestMs(restMsRef.current) > 0 && !getDelay(delayRef.current, "open")) return;
			const openDelay = getDelay(delayRef.current, "open", pointerTypeRef.current);
			if (openDelay) timeoutRef.current = window.setTimeout(() => {
				if (!openRef.current) onOpenChange(true, event, "hover");
			}, openDelay);
			else if (!open) onOpenChange(true, event, "hover");
		}
		function onReferenceMouseLeave(event) {
			if (isClickLikeOpenEvent()) {
				clearPointerEvents();
				return;
			}
			unbindMouseMoveRef.current();
			const doc = getDocument(elements.floating);
			clearTimeoutIfSet(restTimeoutRef);
			restTimeoutPendingRef.current = false;
			if (handleCloseRef.current && dataRef.current.floatingContext) {
				if (!open) clearTimeoutIfSet(timeoutRef);
				handlerRef.current = handleCloseRef.current({
					...dataRef.current.floatingContext,
					tree,
					x: event.clientX,
					y: event.clientY,
					onClose() {
						clearPointerEvents();
						cleanupMouseMoveHandler();
						if (!isClickLikeOpenEvent()) closeWithDelay(event, true, "safe-polygon");
					}
				});
				const handler = handlerRef.current;
				doc.addEventListener("mousemove", handler);
				unbindMouseMoveRef.current = () => {
					doc.removeEventListener("mousemove", handler);
				};
				return;
			}
			if (pointerTypeRef.current === "touch" ? !contains$1(elements.floating, event.relatedTarget) : true) closeWithDelay(event);
		}
		function onScrollMouseLeave(event) {
			if (isClickLikeOpenEvent()) return;
			if (!dataRef.current.floatingContext) return;
			handleCloseRef.current == null || handleCloseRef.current({
				...dataRef.current.floatingContext,
				tree,
				x: event.clientX,
				y: event.clientY,
				onClose() {
					clearPointerEvents();
					cleanupMouseMoveHandler();
					if (!isClickLikeOpenEvent()) closeWithDelay(event);
				}
			})(event);
		}
		function onFloatingMouseEnter() {
			clearTimeoutIfSet(timeoutRef);
		}
		function onFloatingMouseLeave(event) {
			if (!isClickLikeOpenEvent()) closeWithDelay(event, false);
		}
		if (isElement(elements.domReference)) {
			const reference = elements.domReference;
			const floating = elements.floating;
			if (open) reference.addEventListener("mouseleave", onScrollMouseLeave);
			if (move) reference.addEventListener("mousemove", onReferenceMouseEnter, { once: true });
			reference.addEventListener("mouseenter", onReferenceMouseEnter);
			reference.addEventListener("mouseleave", onReferenceMouseLeave);
			if (floating) {
				floating.addEventListener("mouseleave", onScrollMouseLeave);
				floating.addEventListener("mouseenter", onFloatingMouseEnter);
				floating.addEventListener("mouseleave", onFloatingMouseLeave);
			}
			return () => {
				if (open) reference.removeEventListener("mouseleave", onScrollMouseLeave);
				if (move) reference.removeEventListener("mousemove", onReferenceMouseEnter);
				reference.removeEventListener("mouseenter", onReferenceMouseEnter);
				reference.removeEventListener("mouseleave", onReferenceMouseLeave);
				if (floating) {
					floating.removeEventListener("mouseleave", onScrollMouseLeave);
					floating.removeEventListener("mouseenter", onFloatingMouseEnter);
					floating.removeEventListener("mouseleave", onFloatingMouseLeave);
				}
			};
		}
	}, [
		elements,
		enabled,
		context,
		mouseOnly,
		move,
		closeWithDelay,
		cleanupMouseMoveHandler,
		clearPointerEvents,
		onOpenChange,
		open,
		openRef,
		tree,
		delayRef,
		handleCloseRef,
		dataRef,
		isClickLikeOpenEvent,
		restMsRef
	]);
	index$1(() => {
		var _handleCloseRef$curre;
		if (!enabled) return;
		if (open && (_handleCloseRef$curre = handleCloseRef.current) != null && (_handleCloseRef$curre = _handleCloseRef$curre.__options) != null && _handleCloseRef$curre.blockPointerEvents && isHoverOpen()) {
			performedPointerEventsMutationRef.current = true;
			const floatingEl = elements.floating;
			if (isElement(elements.domReference) && floatingEl) {
				var _tree$nodesRef$curren;
				const body = getDocument(elements.floating).body;
				body.setAttribute(safePolygonIdentifier, "");
				const ref = elements.domReference;
				const parentFloating = tree == null || (_tree$nodesRef$curren = tree.nodesRef.current.find((node) => node.id === parentId)) == null || (_tree$nodesRef$curren = _tree$nodesRef$curren.context) == null ? void 0 : _tree$nodesRef$curren.elements.floating;
				if (parentFloating) parentFloating.style.pointerEvents = "";
				body.style.pointerEvents = "none";
				ref.style.pointerEvents = "auto";
				floatingEl.style.pointerEvents = "auto";
				return () => {
					body.style.pointerEvents = "";
					ref.style.pointerEvents = "";
					floatingEl.style.pointerEvents = "";
				};
			}
		}
	}, [
		enabled,
		open,
		parentId,
		elements,
		tree,
		handleCloseRef,
		isHoverOpen
	]);
	index$1(() => {
		if (!open) {
			pointerTypeRef.current = void 0;
			restTimeoutPendingRef.current = false;
			cleanupMouseMoveHandler();
			clearPointerEvents();
		}
	}, [
		open,
		cleanupMouseMoveHandler,
		clearPointerEvents
	]);
	import_react.useEffect(() => {
		return () => {
			cleanupMouseMoveHandler();
			clearTimeoutIfSet(timeoutRef);
			clearTimeoutIfSet(restTimeoutRef);
			clearPointerEvents();
		};
	}, [
		enabled,
		elements.domReference,
		cleanupMouseMoveHandler,
		clearPointerEvents
	]);
	const reference = import_react.useMemo(() => {
		function setPointerRef(event) {
			pointerTypeRef.current = event.pointerType;
		}
		return {
			onPointerDown: setPointerRef,
			onPointerEnter: setPointerRef,
			onMouseMove(event) {
				const { nativeEvent } = event;
				function handleMouseMove() {
					if (!blockMouseMoveRef.current && !openRef.current) onOpenChange(true, nativeEvent, "hover");
				}
				if (mouseOnly && !isMouseLikePointerType(pointerTypeRef.current)) return;
				if (open || getRestMs(restMsRef.current) === 0) return;
				if (restTimeoutPendingRef.current && event.movementX ** 2 + event.movementY ** 2 < 2) return;
				clearTimeoutIfSet(restTimeoutRef);
				if (pointerTypeRef.current === "touch") handleMouseMove();
				else {
					restTimeoutPendingRef.current = true;
					restTimeoutRef.current = window.setTimeout(handleMouseMove, getRestMs(restMsRef.current));
				}
			}
		};
	}, [
		mouseOnly,
		onOpenChange,
		open,
		openRef,
		restMsRef
	]);
	return import_react.useMemo(() => enabled ? { reference } : {}, [enabled, reference]);
}
var NOOP = () => {};
var FloatingDelayGroupContext = /*#__PURE__*/ import_react.createContext({
	delay: 0,
	initialDelay: 0,
	timeoutMs: 0,
	currentId: null,
	setCurrentId: NOOP,
	setState: NOOP,
	isInstantPhase: false
});
/**
* @deprecated
* Use the return value of `useDelayGroup()` instead.
*/
var useDelayGroupContext = () => import_react.useContext(FloatingDelayGroupContext);
/**
* Provides context for a group of floating elements that should share a
* `delay`.
* @see https://floating-ui.com/docs/FloatingDelayGroup
*/
function FloatingDelayGroup(props) {
	const { children, delay, timeoutMs = 0 } = props;
	const [state, setState] = import_react.useReducer((prev, next) => ({
		...prev,
		...next
	}), {
		delay,
		timeoutMs,
		initialDelay: delay,
		currentId: null,
		isInstantPhase: false
	});
	const initialCurrentIdRef = import_react.useRef(null);
	const setCurrentId = import_react.useCallback((currentId) => {
		setState({ currentId });
	}, []);
	index$1(() => {
		if (state.currentId) {
			if (initialCurrentIdRef.current === null) initialCurrentIdRef.current = state.currentId;
			else if (!state.isInstantPhase) setState({ isInstantPhase: true });
		} else {
			if (state.isInstantPhase) setState({ isInstantPhase: false });
			initialCurrentIdRef.current = null;
		}
	}, [state.currentId, state.isInstantPhase]);
	return /*#__PURE__*/ (0, import_jsx_runtime.jsx)(FloatingDelayGroupContext.Provider, {
		value: import_react.useMemo(() => ({
			...state,
			setState,
			setCurrentId
		}), [state, setCurrentId]),
		children
	});
}
/**
* Enables grouping when called inside a component that's a child of a
* `FloatingDelayGroup`.
* @see https://floating-ui.com/docs/FloatingDelayGroup
*/
function useDelayGroup(context, options) {
	if (options === void 0) options = {};
	const { open, onOpenChange, floatingId } = context;
	const { id: optionId, enabled = true } = options;
	const id = optionId != null ? optionId : floatingId;
	const groupContext = useDelayGroupContext();
	const { currentId, setCurrentId, initialDelay, setState, timeoutMs } = groupContext;
	index$1(() => {
		if (!enabled) return;
		if (!currentId) return;
		setState({ delay: {
			open: 1,
			close: getDelay(initialDelay, "close")
		} });
		if (currentId !== id) onOpenChange(false);
	}, [
		enabled,
		id,
		onOpenChange,
		setState,
		currentId,
		initialDelay
	]);
	index$1(() => {
		function unset() {
			onOpenChange(false);
			setState({
				delay: initialDelay,
				currentId: null
			});
		}
		if (!enabled) return;
		if (!currentId) return;
		if (!open && currentId === id) {
			if (timeoutMs) {
				const timeout = window.setTimeout(unset, timeoutMs);
				return () => {
					clearTimeout(timeout);
				};
			}
			unset();
		}
	}, [
		enabled,
		open,
		setState,
		currentId,
		id,
		onOpenChange,
		initialDelay,
		timeoutMs
	]);
	index$1(() => {
		if (!enabled) return;
		if (setCurrentId === NOOP || !open) return;
		setCurrentId(id);
	}, [
		enabled,
		open,
		setCurrentId,
		id
	]);
	return groupContext;
}
function contains(parent, child) {
	if (!parent || !child) return false;
	const rootNode = child.getRootNode == null ? void 0 : child.getRootNode();
	if (parent.contains(child)) return true;
	if (rootNode && isShadowRoot(rootNode)) {
		let next = child;
		while (next) {
			if (parent === next) return true;
			next = next.parentNode || next.host;
		}
	}
	return false;
}
function getTarget(event) {
	if ("composedPath" in event) return event.composedPath()[0];
	return event.target;
}
var bubbleHandlerKeys = {
	pointerdown: "onPointerDown",
	mousedown: "onMouseDown",
	click: "onClick"
};
var captureHandlerKeys = {
	pointerdown: "onPointerDownCapture",
	mousedown: "onMouseDownCapture",
	click: "onClickCapture"
};
var normalizeProp = (normalizable) => {
	var _normalizable$escapeK, _normalizable$outside;
	return {
		escapeKey: typeof normalizable === "boolean" ? normalizable : (_normalizable$escapeK = normalizable == null ? void 0 : normalizable.escapeKey) != null ? _normalizable$escapeK : false,
		outsidePress: typeof normalizable === "boolean" ? normalizable : (_normalizable$outside = normalizable == null ? void 0 : normalizable.outsidePress) != null ? _normalizable$outside : true
	};
};
/**
* Closes the floating element when a dismissal is requested — by default, when
* the user presses the `escape` key or outside of the floating element.
* @see https://floating-ui.com/docs/useDismiss
*/
function useDismiss(context, props) {
	if (props === void 0) props = {};
	const { open, onOpenChange, elements, dataRef } = context;
	const { enabled = true, escapeKey = true, outsidePress: unstable_outsidePress = true, outsidePressEvent = "pointerdown", referencePress = false, referencePressEvent = "pointerdown", ancestorScroll = false, bubbles, capture } = props;
	const tree = useFloatingTree();
	const outsidePressFn = useEffectEvent$1(typeof unstable_outsidePress === "function" ? unstable_outsidePress : () => false);
	const outsidePress = typeof unstable_outsidePress === "function" ? outsidePressFn : unstable_outsidePress;
	const endedOrStartedInsideRef = import_react.useRef(false);
	const { escapeKey: escapeKeyBubbles, outsidePress: outsidePressBubbles } = normalizeProp(bubbles);
	const { escapeKey: escapeKeyCapture, outsidePress: outsidePressCapture } = normalizeProp(capture);
	const isComposingRef = import_react.useRef(false);
	const closeOnEscapeKeyDown = useEffectEvent$1((event) => {
		var _dataRef$current$floa;
		if (!open || !enabled || !escapeKey || event.key !== "Escape") return;
		if (isComposingRef.current) return;
		const nodeId = (_dataRef$current$floa = dataRef.current.floatingContext) == null ? void 0 : _dataRef$current$floa.nodeId;
		const children = tree ? getNodeChildren$1(tree.nodesRef.current, nodeId) : [];
		if (!escapeKeyBubbles) {
			event.stopPropagation();
			if (children.length > 0) {
				let shouldDismiss = true;
				children.forEach((child) => {
					var _child$context;
					if ((_child$context = child.context) != null && _child$context.open && !child.context.dataRef.current.__escapeKeyBubbles) {
						shouldDismiss = false;
						return;
					}
				});
				if (!shouldDismiss) return;
			}
		}
		onOpenChange(false, isReactEvent(event) ? event.nativeEvent : event, "escape-key");
	});
	const closeOnEscapeKeyDownCapture = useEffectEvent$1((event) => {
		var _getTarget2;
		const callback = () => {
			var _getTarget;
			closeOnEscapeKeyDown(event);
			(_getTarget = getTarget$1(event)) == null || _getTarget.removeEventListener("keydown", callback);
		};
		(_getTarget2 = getTarget$1(event)) == null || _getTarget2.addEventListener("keydown", callback);
	});
	const closeOnPressOutside = useEffectEvent$1((event) => {
		var _dataRef$current$floa2;
		const insideReactTree = dataRef.current.insideReactTree;
		dataRef.current.insideReactTree = false;
		const endedOrStartedInside = endedOrStartedInsideRef.current;
		endedOrStartedInsideRef.current = false;
		if (outsidePressEvent === "click" && endedOrStartedInside) return;
		if (insideReactTree) return;
		if (typeof outsidePress === "function" && !outsidePress(event)) return;
		const target = getTarget$1(event);
		const inertSelector = "[" + createAttribute("inert") + "]";
		const markers = getDocument(elements.floating).querySelectorAll(inertSelector);
		let targetRootAncestor = isElement(target) ? target : null;
		while (targetRootAncestor && !isLastTraversableNode(targetRootAncestor)) {
			const nextParent = getParentNode(targetRootAncestor);
			if (isLastTraversableNode(nextParent) || !isElement(nextParent)) break;
			targetRootAncestor = nextParent;
		}
		if (markers.length && isElement(target) && !isRootElement(target) && !contains$1(target, elements.floating) && Array.from(markers).every((marker) => !contains$1(targetRootAncestor, marker))) return;
		if (isHTMLElement(target) && floating) {
			const lastTraversableNode = isLastTraversableNode(target);
			const style = getComputedStyle$1(target);
			const scrollRe = /auto|scroll/;
			const isScrollableX = lastTraversableNode || scrollRe.test(style.overflowX);
			const isScrollableY = lastTraversableNode || scrollRe.test(style.overflowY);
			const canScrollX = isScrollableX && target.clientWidth > 0 && target.scrollWidth > target.clientWidth;
			const canScrollY = isScrollableY && target.clientHeight > 0 && target.scrollHeight > target.clientHeight;
			const isRTL = style.direction === "rtl";
			const pressedVerticalScrollbar = canScrollY && (isRTL ? event.offsetX <= target.offsetWidth - target.clientWidth : event.offsetX > target.clientWidth);
			const pressedHorizontalScrollbar = canScrollX && event.offsetY > target.clientHeight;
			if (pressedVerticalScrollbar || pressedHorizontalScrollbar) return;
		}
		const nodeId = (_dataRef$current$floa2 = dataRef.current.floatingContext) == null ? void 0 : _dataRef$current$floa2.nodeId;
		const targetIsInsideChildren = tree && getNodeChildren$1(tree.nodesRef.current, nodeId).some((node) => {
			var _node$context;
			return isEventTargetWithin(event, (_node$context = node.context) == null ? void 0 : _node$context.elements.floating);
		});
		if (isEventTargetWithin(event, elements.floating) || isEventTargetWithin(event, elements.domReference) || targetIsInsideChildren) return;
		const children = tree ? getNodeChildren$1(tree.nodesRef.current, nodeId) : [];
		if (children.length > 0) {
			let shouldDismiss = true;
			children.forEach((child) => {
				var _child$context2;
				if ((_child$context2 = child.context) != null && _child$context2.open && !child.context.dataRef.current.__outsidePressBubbles) {
					shouldDismiss = false;
					return;
				}
			});
			if (!shouldDismiss) return;
		}
		onOpenChange(false, event, "outside-press");
	});
	const closeOnPressOutsideCapture = useEffectEvent$1((event) => {
		var _getTarget4;
		const callback = () => {
			var _getTarget3;
			closeOnPressOutside(event);
			(_getTarget3 = getTarget$1(event)) == null || _getTarget3.removeEventListener(outsidePressEvent, callback);
		};
		(_getTarget4 = getTarget$1(event)) == null || _getTarget4.addEventListener(outsidePressEvent, callback);
	});
	import_react.useEffect(() => {
		if (!open || !enabled) return;
		dataRef.current.__escapeKeyBubbles = escapeKeyBubbles;
		dataRef.current.__outsidePressBubbles = outsidePressBubbles;
		let compositionTimeout = -1;
		function onScroll(event) {
			onOpenChange(false, event, "ancestor-scroll");
		}
		function handleCompositionStart() {
			window.clearTimeout(compositionTimeout);
			isComposingRef.current = true;
		}
		function handleCompositionEnd() {
			compositionTimeout = window.setTimeout(() => {
				isComposingRef.current = false;
			}, isWebKit() ? 5 : 0);
		}
		const doc = getDocument(elements.floating);
		if (escapeKey) {
			doc.addEventListener("keydown", escapeKeyCapture ? closeOnEscapeKeyDownCapture : closeOnEscapeKeyDown, escapeKeyCapture);
			doc.addEventListener("compositionstart", handleCompositionStart);
			doc.addEventListener("compositionend", handleCompositionEnd);
		}
		outsidePress && doc.addEventListener(outsidePressEvent, outsidePressCapture ? closeOnPressOutsideCapture : closeOnPressOutside, outsidePressCapture);
		let ancestors = [];
		if (ancestorScroll) {
			if (isElement(elements.domReference)) ancestors = getOverflowAncestors(elements.domReference);
			if (isElement(elements.floating)) ancestors = ancestors.concat(getOverflowAncestors(elements.floating));
			if (!isElement(elements.reference) && elements.reference && elements.reference.contextElement) ancestors = ancestors.concat(getOverflowAncestors(elements.reference.contextElement));
		}
		ancestors = ancestors.filter((ancestor) => {
			var _doc$defaultView;
			return ancestor !== ((_doc$defaultView = doc.defaultView) == null ? void 0 : _doc$defaultView.visualViewport);
		});
		ancestors.forEach((ancestor) => {
			ancestor.addEventListener("scroll", onScroll);
		});
		return () => {
			if (escapeKey) {
				doc.removeEventListener("keydown", escapeKeyCapture ? closeOnEscapeKeyDownCapture : closeOnEscapeKeyDown, escapeKeyCapture);
				doc.removeEventListener("compositionstart", handleCompositionStart);
				doc.removeEventListener("compositionend", handleCompositionEnd);
			}
			outsidePress && doc.removeEventListener(outsidePressEvent, outsidePressCapture ? closeOnPressOutsideCapture : closeOnPressOutside, outsidePressCapture);
			ancestors.forEach((ancestor) => {
				ancestor.removeEventListener("scroll", onScroll);
			});
			window.clearTimeout(compositionTimeout);
		};
	}, [
		dataRef,
		elements,
		escapeKey,
		outsidePress,
		outsidePressEvent,
		open,
		onOpenChange,
		ancestorScroll,
		enabled,
		escapeKeyBubbles,
		outsidePressBubbles,
		closeOnEscapeKeyDown,
		escapeKeyCapture,
		closeOnEscapeKeyDownCapture,
		closeOnPressOutside,
		outsidePressCapture,
		closeOnPressOutsideCapture
	]);
	import_react.useEffect(() => {
		dataRef.current.insideReactTree = false;
	}, [
		dataRef,
		outsidePress,
		outsidePressEvent
	]);
	const reference = import_react.useMemo(() => ({
		onKeyDown: closeOnEscapeKeyDown,
		...referencePress && {
			[bubbleHandlerKeys[referencePressEvent]]: (event) => {
				onOpenChange(false, event.nativeEvent, "reference-press");
			},
			...referencePressEvent !== "click" && { onClick(event) {
				onOpenChange(false, event.nativeEvent, "reference-press");
			} }
		}
	}), [
		closeOnEscapeKeyDown,
		onOpenChange,
		referencePress,
		referencePressEvent
	]);
	const floating = import_react.useMemo(() => {
		function setMouseDownOrUpInside(event) {
			if (event.button !== 0) return;
			endedOrStartedInsideRef.current = true;
		}
		return {
			onKeyDown: closeOnEscapeKeyDown,
			onMouseDown: setMouseDownOrUpInside,
			onMouseUp: setMouseDownOrUpInside,
			[captureHandlerKeys[outsidePressEvent]]: () => {
				dataRef.current.insideReactTree = true;
			}
		};
	}, [
		closeOnEscapeKeyDown,
		outsidePressEvent,
		dataRef
	]);
	return import_react.useMemo(() => enabled ? {
		reference,
		floating
	} : {}, [
		enabled,
		reference,
		floating
	]);
}
function useFloatingRootContext(options) {
	const { open = false, onOpenChange: onOpenChangeProp, elements: elementsProp } = options;
	const floatingId = useId();
	const dataRef = import_react.useRef({});
	const [events] = import_react.useState(() => createEventEmitter());
	const nested = useFloatingParentNodeId() != null;
	const [positionReference, setPositionReference] = import_react.useState(elementsProp.reference);
	const onOpenChange = useEffectEvent$1((open, event, reason) => {
		dataRef.current.openEvent = open ? event : void 0;
		events.emit("openchange", {
			open,
			event,
			reason,
			nested
		});
		onOpenChangeProp?.(open, event, reason);
	});
	const refs = import_react.useMemo(() => ({ setPositionReference }), []);
	const elements = import_react.useMemo(() => ({
		reference: positionReference || elementsProp.reference || null,
		floating: elementsProp.floating || null,
		domReference: elementsProp.reference
	}), [
		positionReference,
		elementsProp.reference,
		elementsProp.floating
	]);
	return import_react.useMemo(() => ({
		dataRef,
		open,
		onOpenChange,
		elements,
		events,
		floatingId,
		refs
	}), [
		open,
		onOpenChange,
		elements,
		events,
		floatingId,
		refs
	]);
}
/**
* Provides data to position a floating element and context to add interactions.
* @see https://floating-ui.com/docs/useFloating
*/
function useFloating(_temp) {
	var _elementsOption$refer, _elementsOption$float;
	let { elements: elementsOption, ...options } = _temp === void 0 ? {} : _temp;
	const { nodeId } = options;
	const internalRootContext = useFloatingRootContext({
		...options,
		elements: {
			reference: (_elementsOption$refer = elementsOption == null ? void 0 : elementsOption.reference) != null ? _elementsOption$refer : null,
			floating: (_elementsOption$float = elementsOption == null ? void 0 : elementsOption.floating) != null ? _elementsOption$float : null
		}
	});
	const rootContext = options.rootContext || internalRootContext;
	const computedElements = rootContext.elements;
	const [_domReference, setDomReference] = import_react.useState(null);
	const [positionReference, _setPositionReference] = import_react.useState(null);
	const domReference = (computedElements == null ? void 0 : computedElements.domReference) || _domReference;
	const domReferenceRef = import_react.useRef(null);
	const tree = useFloatingTree();
	index$1(() => {
		if (domReference) domReferenceRef.current = domReference;
	}, [domReference]);
	const position = useFloating$1({
		...options,
		elements: {
			...computedElements,
			...positionReference && { reference: positionReference }
		}
	});
	const setPositionReference = import_react.useCallback((node) => {
		const computedPositionReference = isElement(node) ? {
			getBoundingClientRect: () => node.getBoundingClientRect(),
			getClientRects: () => node.getClientRects(),
			contextElement: node
		} : node;
		_setPositionReference(computedPositionReference);
		position.refs.setReference(computedPositionReference);
	}, [position.refs]);
	const setReference = import_react.useCallback((node) => {
		if (isElement(node) || node === null) {
			domReferenceRef.current = node;
			setDomReference(node);
		}
		if (isElement(position.refs.reference.current) || position.refs.reference.current === null || node !== null && !isElement(node)) position.refs.setReference(node);
	}, [position.refs]);
	const refs = import_react.useMemo(() => ({
		...position.refs,
		setReference,
		setPositionReference,
		domReference: domReferenceRef
	}), [
		position.refs,
		setReference,
		setPositionReference
	]);
	const elements = import_react.useMemo(() => ({
		...position.elements,
		domReference
	}), [position.elements, domReference]);
	const context = import_react.useMemo(() => ({
		...position,
		...rootContext,
		refs,
		elements,
		nodeId
	}), [
		position,
		refs,
		elements,
		nodeId,
		rootContext
	]);
	index$1(() => {
		rootContext.dataRef.current.floatingContext = context;
		const node = tree == null ? void 0 : tree.nodesRef.current.find((node) => node.id === nodeId);
		if (node) node.context = context;
	});
	return import_react.useMemo(() => ({
		...position,
		context,
		refs,
		elements
	}), [
		position,
		refs,
		elements,
		context
	]);
}
function isMacSafari() {
	return isMac() && isSafari();
}
/**
* Opens the floating element while the reference element has focus, like CSS
* `:focus`.
* @see https://floating-ui.com/docs/useFocus
*/
function useFocus(context, props) {
	if (props === void 0) props = {};
	const { open, onOpenChange, events, dataRef, elements } = context;
	const { enabled = true, visibleOnly = true } = props;
	const blockFocusRef = import_react.useRef(false);
	const timeoutRef = import_react.useRef(-1);
	const keyboardModalityRef = import_react.useRef(true);
	import_react.useEffect(() => {
		if (!enabled) return;
		const win = getWindow(elements.domReference);
		function onBlur() {
			if (!open && isHTMLElement(elements.domReference) && elements.domReference === activeElement(getDocument(elements.domReference))) blockFocusRef.current = true;
		}
		function onKeyDown() {
			keyboardModalityRef.current = true;
		}
		function onPointerDown() {
			keyboardModalityRef.current = false;
		}
		win.addEventListener("blur", onBlur);
		if (isMacSafari()) {
			win.addEventListener("keydown", onKeyDown, true);
			win.addEventListener("pointerdown", onPointerDown, true);
		}
		return () => {
			win.removeEventListener("blur", onBlur);
			if (isMacSafari()) {
				win.removeEventListener("keydown", onKeyDown, true);
				win.removeEventListener("pointerdown", onPointerDown, true);
			}
		};
	}, [
		elements.domReference,
		open,
		enabled
	]);
	import_react.useEffect(() => {
		if (!enabled) return;
		function onOpenChange(_ref) {
			let { reason } = _ref;
			if (reason === "reference-press" || reason === "escape-key") blockFocusRef.current = true;
		}
		events.on("openchange", onOpenChange);
		return () => {
			events.off("openchange", onOpenChange);
		};
	}, [events, enabled]);
	import_react.useEffect(() => {
		return () => {
			clearTimeoutIfSet(timeoutRef);
		};
	}, []);
	const reference = import_react.useMemo(() => ({
		onMouseLeave() {
			blockFocusRef.current = false;
		},
		onFocus(event) {
			if (blockFocusRef.current) return;
			const target = getTarget$1(event.nativeEvent);
			if (visibleOnly && isElement(target)) {
				if (isMacSafari() && !event.relatedTarget) {
					if (!keyboardModalityRef.current && !isTypeableElement(target)) return;
				} else if (!matchesFocusVisible(target)) return;
			}
			onOpenChange(true, event.nativeEvent, "focus");
		},
		onBlur(event) {
			blockFocusRef.current = false;
			const relatedTarget = event.relatedTarget;
			const nativeEvent = event.nativeEvent;
			const movedToFocusGuard = isElement(relatedTarget) && relatedTarget.hasAttribute(createAttribute("focus-guard")) && relatedTarget.getAttribute("data-type") === "outside";
			timeoutRef.current = window.setTimeout(() => {
				var _dataRef$current$floa;
				const activeEl = activeElement(elements.domReference ? elements.domReference.ownerDocument : document);
				if (!relatedTarget && activeEl === elements.domReference) return;
				if (contains$1((_dataRef$current$floa = dataRef.current.floatingContext) == null ? void 0 : _dataRef$current$floa.refs.floating.current, activeEl) || contains$1(elements.domReference, activeEl) || movedToFocusGuard) return;
				onOpenChange(false, nativeEvent, "focus");
			});
		}
	}), [
		dataRef,
		elements.domReference,
		onOpenChange,
		visibleOnly
	]);
	return import_react.useMemo(() => enabled ? { reference } : {}, [enabled, reference]);
}
function mergeProps(userProps, propsList, elementKey) {
	const map = /* @__PURE__ */ new Map();
	const isItem = elementKey === "item";
	let domUserProps = userProps;
	if (isItem && userProps) {
		const { [ACTIVE_KEY]: _, [SELECTED_KEY]: __, ...validProps } = userProps;
		domUserProps = validProps;
	}
	return {
		...elementKey === "floating" && {
			tabIndex: -1,
			[FOCUSABLE_ATTRIBUTE]: ""
		},
		...domUserProps,
		...propsList.map((value) => {
			const propsOrGetProps = value ? value[elementKey] : null;
			if (typeof propsOrGetProps === "function") return userProps ? propsOrGetProps(userProps) : null;
			return propsOrGetProps;
		}).concat(userProps).reduce((acc, props) => {
			if (!props) return acc;
			Object.entries(props).forEach((_ref) => {
				let [key, value] = _ref;
				if (isItem && [ACTIVE_KEY, SELECTED_KEY].includes(key)) return;
				if (key.indexOf("on") === 0) {
					if (!map.has(key)) map.set(key, []);
					if (typeof value === "function") {
						var _map$get;
						(_map$get = map.get(key)) == null || _map$get.push(value);
						acc[key] = function() {
							var _map$get2;
							for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) args[_key] = arguments[_key];
							return (_map$get2 = map.get(key)) == null ? void 0 : _map$get2.map((fn) => fn(...args)).find((val) => val !== void 0);
						};
					}
				} else acc[key] = value;
			});
			return acc;
		}, {})
	};
}
/**
* Merges an array of interaction hooks' props into prop getters, allowing
* event handler functions to be composed together without overwriting one
* another.
* @see https://floating-ui.com/docs/useInteractions
*/
function useInteractions(propsList) {
	if (propsList === void 0) propsList = [];
	const referenceDeps = propsList.map((key) => key == null ? void 0 : key.reference);
	const floatingDeps = propsList.map((key) => key == null ? void 0 : key.floating);
	const itemDeps = propsList.map((key) => key == null ? void 0 : key.item);
	const getReferenceProps = import_react.useCallback((userProps) => mergeProps(userProps, propsList, "reference"), referenceDeps);
	const getFloatingProps = import_react.useCallback((userProps) => mergeProps(userProps, propsList, "floating"), floatingDeps);
	const getItemProps = import_react.useCallback((userProps) => mergeProps(userProps, propsList, "item"), itemDeps);
	return import_react.useMemo(() => ({
		getReferenceProps,
		getFloatingProps,
		getItemProps
	}), [
		getReferenceProps,
		getFloatingProps,
		getItemProps
	]);
}
var componentRoleToAriaRoleMap = /*#__PURE__*/ new Map([
	["select", "listbox"],
	["combobox", "listbox"],
	["label", false]
]);
/**
* Adds base screen reader props to the reference and floating elements for a
* given floating element `role`.
* @see https://floating-ui.com/docs/useRole
*/
function useRole(context, props) {
	var _elements$domReferenc, _componentRoleToAriaR;
	if (props === void 0) props = {};
	const { open, elements, floatingId: defaultFloatingId } = context;
	const { enabled = true, role = "dialog" } = props;
	const defaultReferenceId = useId();
	const referenceId = ((_elements$domReferenc = elements.domReference) == null ? void 0 : _elements$domReferenc.id) || defaultReferenceId;
	const floatingId = import_react.useMemo(() => {
		var _getFloatingFocusElem;
		return ((_getFloatingFocusElem = getFloatingFocusElement(elements.floating)) == null ? void 0 : _getFloatingFocusElem.id) || defaultFloatingId;
	}, [elements.floating, defaultFloatingId]);
	const ariaRole = (_componentRoleToAriaR = componentRoleToAriaRoleMap.get(role)) != null ? _componentRoleToAriaR : role;
	const isNested = useFloatingParentNodeId() != null;
	const reference = import_react.useMemo(() => {
		if (ariaRole === "tooltip" || role === "label") return { ["aria-" + (role === "label" ? "labelledby" : "describedby")]: open ? floatingId : void 0 };
		return {
			"aria-expanded": open ? "true" : "false",
			"aria-haspopup": ariaRole === "alertdialog" ? "dialog" : ariaRole,
			"aria-controls": open ? floatingId : void 0,
			...ariaRole === "listbox" && { role: "combobox" },
			...ariaRole === "menu" && { id: referenceId },
			...ariaRole === "menu" && isNested && { role: "menuitem" },
			...role === "select" && { "aria-autocomplete": "none" },
			...role === "combobox" && { "aria-autocomplete": "list" }
		};
	}, [
		ariaRole,
		floatingId,
		isNested,
		open,
		referenceId,
		role
	]);
	const floating = import_react.useMemo(() => {
		const floatingProps = {
			id: floatingId,
			...ariaRole && { role: ariaRole }
		};
		if (ariaRole === "tooltip" || role === "label") return floatingProps;
		return {
			...floatingProps,
			...ariaRole === "menu" && { "aria-labelledby": referenceId }
		};
	}, [
		ariaRole,
		floatingId,
		referenceId,
		role
	]);
	const item = import_react.useCallback((_ref) => {
		let { active, selected } = _ref;
		const commonProps = {
			role: "option",
			...active && { id: floatingId + "-fui-option" }
		};
		switch (role) {
			case "select":
			case "combobox": return {
				...commonProps,
				"aria-selected": selected
			};
		}
		return {};
	}, [floatingId, role]);
	return import_react.useMemo(() => enabled ? {
		reference,
		floating,
		item
	} : {}, [
		enabled,
		reference,
		floating,
		item
	]);
}
function getNodeChildren(nodes, id, onlyOpenChildren) {
	if (onlyOpenChildren === void 0) onlyOpenChildren = true;
	return nodes.filter((node) => {
		var _node$context;
		return node.parentId === id && (!onlyOpenChildren || ((_node$context = node.context) == null ? void 0 : _node$context.open));
	}).flatMap((child) => [child, ...getNodeChildren(nodes, child.id, onlyOpenChildren)]);
}
function isPointInPolygon(point, polygon) {
	const [x, y] = point;
	let isInside = false;
	const length = polygon.length;
	for (let i = 0, j = length - 1; i < length; j = i++) {
		const [xi, yi] = polygon[i] || [0, 0];
		const [xj, yj] = polygon[j] || [0, 0];
		if (yi >= y !== yj >= y && x <= (xj - xi) * (y - yi) / (yj - yi) + xi) isInside = !isInside;
	}
	return isInside;
}
function isInside(point, rect) {
	return point[0] >= rect.x && point[0] <= rect.x + rect.width && point[1] >= rect.y && point[1] <= rect.y + rect.height;
}
/**
* Generates a safe polygon area that the user can traverse without closing the
* floating element once leaving the reference element.
* @see https://floating-ui.com/docs/useHover#safepolygon
*/
function safePolygon(options) {
	if (options === void 0) options = {};
	const { buffer = .5, blockPointerEvents = false, requireIntent = true } = options;
	const timeoutRef = { current: -1 };
	let hasLanded = false;
	let lastX = null;
	let lastY = null;
	let lastCursorTime = typeof performance !== "undefined" ? performance.now() : 0;
	function getCursorSpeed(x, y) {
		const currentTime = performance.now();
		const elapsedTime = currentTime - lastCursorTime;
		if (lastX === null || lastY === null || elapsedTime === 0) {
			lastX = x;
			lastY = y;
			lastCursorTime = currentTime;
			return null;
		}
		const deltaX = x - lastX;
		const deltaY = y - lastY;
		const speed = Math.sqrt(deltaX * deltaX + deltaY * deltaY) / elapsedTime;
		lastX = x;
		lastY = y;
		lastCursorTime = currentTime;
		return speed;
	}
	const fn = (_ref) => {
		let { x, y, placement, elements, onClose, nodeId, tree } = _ref;
		return function onMouseMove(event) {
			function close() {
				clearTimeoutIfSet(timeoutRef);
				onClose();
			}
			clearTimeoutIfSet(timeoutRef);
			if (!elements.domReference || !elements.floating || placement == null || x == null || y == null) return;
			const { clientX, clientY } = event;
			const clientPoint = [clientX, clientY];
			const target = getTarget(event);
			const isLeave = event.type === "mouseleave";
			const isOverFloatingEl = contains(elements.floating, target);
			const isOverReferenceEl = contains(elements.domReference, target);
			const refRect = elements.domReference.getBoundingClientRect();
			const rect = elements.floating.getBoundingClientRect();
			const side = placement.split("-")[0];
			const cursorLeaveFromRight = x > rect.right - rect.width / 2;
			const cursorLeaveFromBottom = y > rect.bottom - rect.height / 2;
			const isOverReferenceRect = isInside(clientPoint, refRect);
			const isFloatingWider = rect.width > refRect.width;
			const isFloatingTaller = rect.height > refRect.height;
			const left = (isFloatingWider ? refRect : rect).left;
			const right = (isFloatingWider ? refRect : rect).right;
			const top = (isFloatingTaller ? refRect : rect).top;
			const bottom = (isFloatingTaller ? refRect : rect).bottom;
			if (isOverFloatingEl) {
				hasLanded = true;
				if (!isLeave) return;
			}
			if (isOverReferenceEl) hasLanded = false;
			if (isOverReferenceEl && !isLeave) {
				hasLanded = true;
				return;
			}
			if (isLeave && isElement(event.relatedTarget) && contains(elements.floating, event.relatedTarget)) return;
			if (tree && getNodeChildren(tree.nodesRef.current, nodeId).length) return;
			if (side === "top" && y >= refRect.bottom - 1 || side === "bottom" && y <= refRect.top + 1 || side === "left" && x >= refRect.right - 1 || side === "right" && x <= refRect.left + 1) return close();
			let rectPoly = [];
			switch (side) {
				case "top":
					rectPoly = [
						[left, refRect.top + 1],
						[left, rect.bottom - 1],
						[right, rect.bottom - 1],
						[right, refRect.top + 1]
					];
					break;
				case "bottom":
					rectPoly = [
						[left, rect.top + 1],
						[left, refRect.bottom - 1],
						[right, refRect.bottom - 1],
						[right, rect.top + 1]
					];
					break;
				case "left":
					rectPoly = [
						[rect.right - 1, bottom],
						[rect.right - 1, top],
						[refRect.left + 1, top],
						[refRect.left + 1, bottom]
					];
					break;
				case "right": rectPoly = [
					[refRect.right - 1, bottom],
					[refRect.right - 1, top],
					[rect.left + 1, top],
					[rect.left + 1, bottom]
				];
			}
			function getPolygon(_ref2) {
				let [x, y] = _ref2;
				switch (side) {
					case "top": return [
						[isFloatingWider ? x + buffer / 2 : cursorLeaveFromRight ? x + buffer * 4 : x - buffer * 4, y + buffer + 1],
						[isFloatingWider ? x - buffer / 2 : cursorLeaveFromRight ? x + buffer * 4 : x - buffer * 4, y + buffer + 1],
						...[[rect.left, cursorLeaveFromRight ? rect.bottom - buffer : isFloatingWider ? rect.bottom - buffer : rect.top], [rect.right, cursorLeaveFromRight ? isFloatingWider ? rect.bottom - buffer : rect.top : rect.bottom - buffer]]
					];
					case "bottom": return [
						[isFloatingWider ? x + buffer / 2 : cursorLeaveFromRight ? x + buffer * 4 : x - buffer * 4, y - buffer],
						[isFloatingWider ? x - buffer / 2 : cursorLeaveFromRight ? x + buffer * 4 : x - buffer * 4, y - buffer],
						...[[rect.left, cursorLeaveFromRight ? rect.top + buffer : isFloatingWider ? rect.top + buffer : rect.bottom], [rect.right, cursorLeaveFromRight ? isFloatingWider ? rect.top + buffer : rect.bottom : rect.top + buffer]]
					];
					case "left": {
						const cursorPointOne = [x + buffer + 1, isFloatingTaller ? y + buffer / 2 : cursorLeaveFromBottom ? y + buffer * 4 : y - buffer * 4];
						const cursorPointTwo = [x + buffer + 1, isFloatingTaller ? y - buffer / 2 : cursorLeaveFromBottom ? y + buffer * 4 : y - buffer * 4];
						return [
							...[[cursorLeaveFromBottom ? rect.right - buffer : isFloatingTaller ? rect.right - buffer : rect.left, rect.top], [cursorLeaveFromBottom ? isFloatingTaller ? rect.right - buffer : rect.left : rect.right - buffer, rect.bottom]],
							cursorPointOne,
							cursorPointTwo
						];
					}
					case "right": return [
						[x - buffer, isFloatingTaller ? y + buffer / 2 : cursorLeaveFromBottom ? y + buffer * 4 : y - buffer * 4],
						[x - buffer, isFloatingTaller ? y - buffer / 2 : cursorLeaveFromBottom ? y + buffer * 4 : y - buffer * 4],
						...[[cursorLeaveFromBottom ? rect.left + buffer : isFloatingTaller ? rect.left + buffer : rect.right, rect.top], [cursorLeaveFromBottom ? isFloatingTaller ? rect.left + buffer : rect.right : rect.left + buffer, rect.bottom]]
					];
				}
			}
			if (isPointInPolygon([clientX, clientY], rectPoly)) return;
			if (hasLanded && !isOverReferenceRect) return close();
			if (!isLeave && requireIntent) {
				const cursorSpeed = getCursorSpeed(event.clientX, event.clientY);
				if (cursorSpeed !== null && cursorSpeed < .1) return close();
			}
			if (!isPointInPolygon([clientX, clientY], getPolygon([x, y]))) close();
			else if (!hasLanded && requireIntent) timeoutRef.current = window.setTimeout(close, 40);
		};
	};
	fn.__options = { blockPointerEvents };
	return fn;
}
// node_modules/@mantine/core/esm/components/ScrollArea/ScrollArea.mjs
var defaultProps$3 = {
	scrollHideDelay: 1e3,
	type: "hover",
	scrollbars: "xy"
};
var varsResolver$3 = createVarsResolver((_, { scrollbarSize, overscrollBehavior, scrollbars }) => {
	let overrideOverscrollBehavior = overscrollBehavior;
	if (overscrollBehavior && scrollbars) {
		if (scrollbars === "x") overrideOverscrollBehavior = `${overscrollBehavior} auto`;
		else if (scrollbars === "y") overrideOverscrollBehavior = `auto ${overscrollBehavior}`;
	}
	return { root: {
		"--scrollarea-scrollbar-size": rem(scrollbarSize),
		"--scrollarea-over-scroll-behavior": overrideOverscrollBehavior
	} };
});
var ScrollArea = factory((_props) => {
	const props = useProps("ScrollArea", defaultProps$3, _props);
	const { classNames, className, style, styles, unstyled, scrollbarSize, vars, type, scrollHideDelay, viewportProps, viewportRef, onScrollPositionChange, children, offsetScrollbars, scrollbars, onBottomReached, onTopReached, onLeftReached, onRightReached, overscrollBehavior, startScrollPosition, verticalScrollbarPosition, attributes, ...others } = props;
	const [scrollbarHovered, setScrollbarHovered] = (0, import_react.useState)(false);
	const [verticalThumbVisible, setVerticalThumbVisible] = (0, import_react.useState)(false);
	const [horizontalThumbVisible, setHorizontalThumbVisible] = (0, import_react.useState)(false);
	const prevAtTopRef = (0, import_react.useRef)(true);
	const prevAtBottomRef = (0, import_react.useRef)(false);
	const prevAtLeftRef = (0, import_react.useRef)(true);
	const prevAtRightRef = (0, import_react.useRef)(false);
	const getStyles = useStyles({
		name: "ScrollArea",
		props,
		classes: ScrollArea_module_default,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$3
	});
	const localViewportRef = (0, import_react.useRef)(null);
	const [viewportElement, setViewportElement] = (0, import_react.useState)(null);
	const combinedViewportRef = useMergeRefs([
		viewportRef,
		localViewportRef,
		(0, import_react.useCallback)((node) => {
			setViewportElement((current) => current === node ? current : node);
		}, [])
	]);
	useResizeObserver(offsetScrollbars === "present" ? viewportElement : null, () => {
		const element = localViewportRef.current;
		if (element) {
			setVerticalThumbVisible(element.scrollHeight > element.clientHeight);
			setHorizontalThumbVisible(element.scrollWidth > element.clientWidth);
		}
	});
	useIsomorphicEffect(() => {
		if (startScrollPosition && localViewportRef.current) localViewportRef.current.scrollTo({
			left: startScrollPosition.x ?? 0,
			top: startScrollPosition.y ?? 0
		});
	}, []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(ScrollAreaRoot, {
		getStyles,
		type: type === "never" ? "always" : type,
		scrollHideDelay,
		scrollbars,
		...getStyles("root"),
		...others,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaViewport, {
				...viewportProps,
				...getStyles("viewport", { style: viewportProps?.style }),
				ref: combinedViewportRef,
				"data-offset-scrollbars": offsetScrollbars === true ? "xy" : offsetScrollbars || void 0,
				"data-scrollbars": scrollbars || void 0,
				"data-vertical-scrollbar-position": verticalScrollbarPosition || void 0,
				"data-horizontal-hidden": offsetScrollbars === "present" && !horizontalThumbVisible ? "true" : void 0,
				"data-vertical-hidden": offsetScrollbars === "present" && !verticalThumbVisible ? "true" : void 0,
				onScroll: (e) => {
					viewportProps?.onScroll?.(e);
					onScrollPositionChange?.({
						x: e.currentTarget.scrollLeft,
						y: e.currentTarget.scrollTop
					});
					const { scrollTop, scrollHeight, clientHeight, scrollLeft, scrollWidth, clientWidth } = e.currentTarget;
					const isAtBottom = scrollTop - (scrollHeight - clientHeight) >= -.8;
					const isAtTop = scrollTop === 0;
					if (isAtBottom && !prevAtBottomRef.current) onBottomReached?.();
					if (isAtTop && !prevAtTopRef.current) onTopReached?.();
					prevAtBottomRef.current = isAtBottom;
					prevAtTopRef.current = isAtTop;
					const isAtRight = scrollLeft - (scrollWidth - clientWidth) >= -.8;
					const isAtLeft = scrollLeft === 0;
					if (isAtRight && !prevAtRightRef.current) onRightReached?.();
					if (isAtLeft && !prevAtLeftRef.current) onLeftReached?.();
					prevAtRightRef.current = isAtRight;
					prevAtLeftRef.current = isAtLeft;
				},
				children
			}),
			(scrollbars === "xy" || scrollbars === "x") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbar, {
				...getStyles("scrollbar"),
				orientation: "horizontal",
				"data-vertical-scrollbar-position": verticalScrollbarPosition || void 0,
				"data-hidden": type === "never" || offsetScrollbars === "present" && !horizontalThumbVisible ? true : void 0,
				forceMount: true,
				onMouseEnter: () => setScrollbarHovered(true),
				onMouseLeave: () => setScrollbarHovered(false),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaThumb, { ...getStyles("thumb") })
			}),
			(scrollbars === "xy" || scrollbars === "y") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaScrollbar, {
				...getStyles("scrollbar"),
				orientation: "vertical",
				"data-vertical-scrollbar-position": verticalScrollbarPosition || void 0,
				"data-hidden": type === "never" || offsetScrollbars === "present" && !verticalThumbVisible ? true : void 0,
				forceMount: true,
				onMouseEnter: () => setScrollbarHovered(true),
				onMouseLeave: () => setScrollbarHovered(false),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaThumb, { ...getStyles("thumb") })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollAreaCorner, {
				...getStyles("corner"),
				"data-vertical-scrollbar-position": verticalScrollbarPosition || void 0,
				"data-hovered": scrollbarHovered || void 0,
				"data-hidden": type === "never" || void 0
			})
		]
	});
});
ScrollArea.displayName = "@mantine/core/ScrollArea";
var ScrollAreaAutosize = factory((props) => {
	const { children, classNames, styles, scrollbarSize, scrollHideDelay, type, dir, offsetScrollbars, overscrollBehavior, viewportRef, onScrollPositionChange, unstyled, variant, viewportProps, scrollbars, style, vars, onBottomReached, onTopReached, startScrollPosition, verticalScrollbarPosition, onOverflowChange, ...others } = useProps("ScrollAreaAutosize", defaultProps$3, props);
	const viewportObserverRef = (0, import_react.useRef)(null);
	const [viewportObserverElement, setViewportObserverElement] = (0, import_react.useState)(null);
	const combinedViewportRef = useMergeRefs([
		viewportRef,
		viewportObserverRef,
		(0, import_react.useCallback)((node) => {
			setViewportObserverElement((current) => current === node ? current : node);
		}, [])
	]);
	const overflowingRef = (0, import_react.useRef)(false);
	const didMountRef = (0, import_react.useRef)(false);
	const handleOverflowCheck = (0, import_react.useEffectEvent)(() => {
		const el = viewportObserverRef.current;
		if (!el || !onOverflowChange) return;
		const isOverflowing = el.scrollHeight > el.clientHeight;
		if (isOverflowing !== overflowingRef.current) {
			if (didMountRef.current) onOverflowChange(isOverflowing);
			else {
				didMountRef.current = true;
				if (isOverflowing) onOverflowChange(true);
			}
			overflowingRef.current = isOverflowing;
		}
	});
	useResizeObserver(onOverflowChange ? viewportObserverElement : null, handleOverflowCheck);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		...others,
		variant,
		style: [{
			display: "flex",
			overflow: "hidden"
		}, style],
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			style: {
				display: "flex",
				flexDirection: "column",
				flex: 1,
				overflow: "hidden",
				...scrollbars === "y" && { minWidth: 0 },
				...scrollbars === "x" && { minHeight: 0 },
				...scrollbars === "xy" && {
					minWidth: 0,
					minHeight: 0
				},
				...scrollbars === false && {
					minWidth: 0,
					minHeight: 0
				}
			},
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScrollArea, {
				classNames,
				styles,
				scrollHideDelay,
				scrollbarSize,
				type,
				dir,
				offsetScrollbars,
				overscrollBehavior,
				viewportRef: combinedViewportRef,
				onScrollPositionChange,
				unstyled,
				variant,
				viewportProps,
				vars,
				scrollbars,
				onBottomReached,
				onTopReached,
				startScrollPosition,
				verticalScrollbarPosition,
				"data-autosize": "true",
				children
			})
		})
	});
});
ScrollArea.classes = ScrollArea_module_default;
ScrollArea.varsResolver = varsResolver$3;
ScrollAreaAutosize.displayName = "@mantine/core/ScrollAreaAutosize";
ScrollAreaAutosize.classes = ScrollArea_module_default;
ScrollArea.Autosize = ScrollAreaAutosize;
// node_modules/@mantine/core/esm/components/Chip/ChipGroup/ChipGroup.mjs
var ChipGroup = genericFactory((props) => {
	const { value, defaultValue, onChange, multiple, children } = useProps("ChipGroup", null, props);
	const [_value, setValue] = useUncontrolled({
		value,
		defaultValue,
		finalValue: multiple ? [] : null,
		onChange
	});
	const isChipSelected = (val) => Array.isArray(_value) ? _value.includes(val) : val === _value;
	const handleChange = (event) => {
		const val = event.currentTarget.value;
		if (Array.isArray(_value)) setValue(_value.includes(val) ? _value.filter((v) => v !== val) : [..._value, val]);
		else setValue(val);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChipGroupContext, {
		value: {
			isChipSelected,
			onChange: handleChange,
			multiple
		},
		children
	});
});
ChipGroup.displayName = "@mantine/core/ChipGroup";
var ChipGroupContext = (0, import_react.createContext)(null);
// node_modules/@mantine/core/esm/components/Chip/Chip.module.mjs
var Chip_module_default = {
	"root": "m_f59ffda3",
	"label": "m_be049a53",
	"label--outline": "m_3904c1af",
	"label--filled": "m_fa109255",
	"label--light": "m_f7e165c3",
	"iconWrapper": "m_9ac86df9",
	"checkIcon": "m_d6d72580",
	"input": "m_bde07329"
};
// node_modules/@mantine/core/esm/components/Chip/Chip.mjs
var defaultProps$2 = { type: "checkbox" };
var varsResolver$2 = createVarsResolver((theme, { size, radius, variant, color, autoContrast }) => {
	const colors = theme.variantColorResolver({
		color: color || theme.primaryColor,
		theme,
		variant: variant || "filled",
		autoContrast
	});
	return { root: {
		"--chip-fz": getFontSize(size),
		"--chip-size": getSize(size, "chip-size"),
		"--chip-radius": radius === void 0 ? void 0 : getRadius(radius),
		"--chip-checked-padding": getSize(size, "chip-checked-padding"),
		"--chip-padding": getSize(size, "chip-padding"),
		"--chip-icon-size": getSize(size, "chip-icon-size"),
		"--chip-bg": color || variant ? colors.background : void 0,
		"--chip-hover": color || variant ? colors.hover : void 0,
		"--chip-color": color || variant ? colors.color : void 0,
		"--chip-bd": color || variant ? colors.border : void 0,
		"--chip-spacing": getSize(size, "chip-spacing")
	} };
});
var Chip = factory((_props) => {
	const props = useProps("Chip", defaultProps$2, _props);
	const { classNames, className, style, styles, unstyled, vars, id, checked, defaultChecked, onChange, value, wrapperProps, type, disabled, children, size, variant, icon, rootRef, autoContrast, mod, attributes, ...others } = props;
	const getStyles = useStyles({
		name: "Chip",
		classes: Chip_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$2
	});
	const ctx = (0, import_react.use)(ChipGroupContext);
	const uuid = useId$1(id);
	const { styleProps, rest } = extractStyleProps(others);
	const [_value, setValue] = useUncontrolled({
		value: checked,
		defaultValue: defaultChecked,
		finalValue: false,
		onChange
	});
	const contextProps = ctx ? {
		checked: ctx.isChipSelected(value),
		onChange: (event) => {
			ctx.onChange(event);
			onChange?.(event.currentTarget.checked);
		},
		type: ctx.multiple ? "checkbox" : "radio"
	} : {};
	const _checked = contextProps.checked || _value;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		size,
		variant,
		ref: rootRef,
		mod,
		...getStyles("root"),
		...styleProps,
		...wrapperProps,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			type,
			...getStyles("input"),
			checked: _checked,
			onChange: (event) => setValue(event.currentTarget.checked),
			id: uuid,
			disabled,
			value,
			...contextProps,
			...rest
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
			component: "label",
			htmlFor: uuid,
			mod: {
				checked: _checked,
				disabled
			},
			...getStyles("label", { variant: variant || "filled" }),
			children: [_checked && icon !== null && icon !== false && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				...getStyles("iconWrapper"),
				children: icon === void 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CheckIcon, { ...getStyles("checkIcon") }) : icon
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children })]
		})]
	});
});
Chip.classes = Chip_module_default;
Chip.varsResolver = varsResolver$2;
Chip.displayName = "@mantine/core/Chip";
Chip.Group = ChipGroup;
// node_modules/@mantine/core/esm/components/Table/Table.context.mjs
var [TableProvider, useTableContext] = createSafeContext("Table component was not found in the tree");
// node_modules/@mantine/core/esm/components/Table/Table.module.mjs
var Table_module_default = {
	"table": "m_b23fa0ef",
	"th": "m_4e7aa4f3",
	"tr": "m_4e7aa4fd",
	"td": "m_4e7aa4ef",
	"tbody": "m_b2404537",
	"thead": "m_b242d975",
	"caption": "m_9e5a3ac7",
	"scrollContainer": "m_a100c15",
	"scrollContainerInner": "m_62259741"
};
// node_modules/@mantine/core/esm/components/Table/Table.components.mjs
function getDataAttributes(ctx, options) {
	if (!options) return;
	const data = {};
	if (options.columnBorder && ctx.withColumnBorders) data["data-with-column-border"] = true;
	if (options.rowBorder && ctx.withRowBorders) data["data-with-row-border"] = true;
	if (options.striped && ctx.striped) data["data-striped"] = ctx.striped;
	if (options.highlightOnHover && ctx.highlightOnHover) data["data-hover"] = true;
	if (options.captionSide && ctx.captionSide) data["data-side"] = ctx.captionSide;
	if (options.stickyHeader && ctx.stickyHeader) data["data-sticky"] = true;
	return data;
}
function tableElement(element, options) {
	const name = `Table${element.charAt(0).toUpperCase()}${element.slice(1)}`;
	const Component = factory((_props) => {
		const props = useProps(name, {}, _props);
		const { classNames, className, style, styles, ...others } = props;
		const ctx = useTableContext();
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			component: element,
			...getDataAttributes(ctx, options),
			...ctx.getStyles(element, {
				className,
				classNames,
				style,
				styles,
				props
			}),
			...others
		});
	});
	Component.displayName = `@mantine/core/${name}`;
	Component.classes = Table_module_default;
	return Component;
}
var TableTh = tableElement("th", { columnBorder: true });
var TableTd = tableElement("td", { columnBorder: true });
var TableTr = tableElement("tr", {
	rowBorder: true,
	striped: true,
	highlightOnHover: true
});
var TableThead = tableElement("thead", { stickyHeader: true });
var TableTbody = tableElement("tbody");
var TableTfoot = tableElement("tfoot");
var TableCaption = tableElement("caption", { captionSide: true });
// node_modules/@mantine/core/esm/components/Table/TableScrollContainer.mjs
var defaultProps$1 = { type: "scrollarea" };
var varsResolver$1 = createVarsResolver((_, { minWidth, maxHeight, type }) => ({ scrollContainer: {
	"--table-min-width": rem(minWidth),
	"--table-max-height": rem(maxHeight),
	"--table-overflow": type === "native" ? "auto" : void 0
} }));
var TableScrollContainer = factory((_props) => {
	const props = useProps("TableScrollContainer", defaultProps$1, _props);
	const { classNames, className, style, styles, unstyled, vars, children, minWidth, maxHeight, type, scrollAreaProps, attributes, ...others } = props;
	const getStyles = useStyles({
		name: "TableScrollContainer",
		classes: Table_module_default,
		props,
		className,
		style,
		classNames,
		styles,
		unstyled,
		attributes,
		vars,
		varsResolver: varsResolver$1,
		rootSelector: "scrollContainer"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
		component: type === "scrollarea" ? ScrollArea : "div",
		...type === "scrollarea" ? maxHeight ? {
			offsetScrollbars: "xy",
			...scrollAreaProps
		} : {
			offsetScrollbars: "x",
			...scrollAreaProps
		} : {},
		...getStyles("scrollContainer"),
		...others,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			...getStyles("scrollContainerInner"),
			children
		})
	});
});
TableScrollContainer.classes = Table_module_default;
TableScrollContainer.varsResolver = varsResolver$1;
TableScrollContainer.displayName = "@mantine/core/TableScrollContainer";
// node_modules/@mantine/core/esm/components/Table/TableDataRenderer.mjs
function TableDataRenderer({ data }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		data.caption && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableCaption, { children: data.caption }),
		data.head && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableThead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTr, { children: data.head.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTh, { children: item }, index)) }) }),
		data.body && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTbody, { children: data.body.map((row, rowIndex) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTr, { children: row.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTd, { children: item }, index)) }, rowIndex)) }),
		data.foot && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTfoot, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTr, { children: data.foot.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableTh, { children: item }, index)) }) })
	] });
}
TableDataRenderer.displayName = "@mantine/core/TableDataRenderer";
// node_modules/@mantine/core/esm/components/Table/Table.mjs
var defaultProps = {
	withRowBorders: true,
	verticalSpacing: 7
};
var varsResolver = createVarsResolver((theme, { layout, captionSide, horizontalSpacing, verticalSpacing, borderColor, stripedColor, highlightOnHoverColor, striped, highlightOnHover, stickyHeaderOffset, stickyHeader }) => ({ table: {
	"--table-layout": layout,
	"--table-caption-side": captionSide,
	"--table-horizontal-spacing": getSpacing(horizontalSpacing),
	"--table-vertical-spacing": getSpacing(verticalSpacing),
	"--table-border-color": borderColor ? getThemeColor(borderColor, theme) : void 0,
	"--table-striped-color": striped && stripedColor ? getThemeColor(stripedColor, theme) : void 0,
	"--table-highlight-on-hover-color": highlightOnHover && highlightOnHoverColor ? getThemeColor(highlightOnHoverColor, theme) : void 0,
	"--table-sticky-header-offset": stickyHeader ? rem(stickyHeaderOffset) : void 0
} }));
var Table = factory((_props) => {
	const props = useProps("Table", defaultProps, _props);
	const { classNames, className, style, styles, unstyled, vars, horizontalSpacing, verticalSpacing, captionSide, stripedColor, highlightOnHoverColor, striped, highlightOnHover, withColumnBorders, withRowBorders, withTableBorder, borderColor, layout, data, children, stickyHeader, stickyHeaderOffset, mod, tabularNums, attributes, ...others } = props;
	const getStyles = useStyles({
		name: "Table",
		props,
		className,
		style,
		classes: Table_module_default,
		classNames,
		styles,
		unstyled,
		attributes,
		rootSelector: "table",
		vars,
		varsResolver
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableProvider, {
		value: {
			getStyles,
			stickyHeader,
			striped: striped === true ? "odd" : striped || void 0,
			highlightOnHover,
			withColumnBorders,
			withRowBorders,
			captionSide: captionSide || "bottom"
		},
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			component: "table",
			mod: [{
				"data-with-table-border": withTableBorder,
				"data-tabular-nums": tabularNums
			}, mod],
			...getStyles("table"),
			...others,
			children: children || !!data && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TableDataRenderer, { data })
		})
	});
});
Table.classes = Table_module_default;
Table.varsResolver = varsResolver;
Table.displayName = "@mantine/core/Table";
Table.Td = TableTd;
Table.Th = TableTh;
Table.Tr = TableTr;
Table.Thead = TableThead;
Table.Tbody = TableTbody;
Table.Tfoot = TableTfoot;
Table.Caption = TableCaption;
Table.ScrollContainer = TableScrollContainer;
Table.DataRenderer = TableDataRenderer;
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconChevronUp = createReactComponent("outline", "chevron-up", "ChevronUp", [["path", {
	"d": "M6 15l6 -6l6 6",
	"key": "svg-0"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconRefresh = createReactComponent("outline", "refresh", "Refresh", [["path", {
	"d": "M20 11a8.1 8.1 0 0 0 -15.5 -2m-.5 -4v4h4",
	"key": "svg-0"
}], ["path", {
	"d": "M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4",
	"key": "svg-1"
}]]);
// node_modules/dayjs/dayjs.min.js
var require_dayjs_min = /* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	(function(t, e) {
		"object" == typeof exports && "undefined" != typeof module ? module.exports = e() : "function" == typeof define && define.amd ? define(e) : (t = "undefined" != typeof globalThis ? globalThis : t || self).dayjs = e();
	})(this$1, (function() {
		"use strict";
		var t = 1e3, e = 6e4, n = 36e5, r = "millisecond", i = "second", s = "minute", u = "hour", a = "day", o = "week", c = "month", f = "quarter", h = "year", d = "date", l = "Invalid Date", $ = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/, y = /\[([^\]]+)]|YYYY|YY|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/g, M = {
			name: "en",
			weekdays: "Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday".split("_"),
			months: "January_February_March_April_May_June_July_August_September_October_November_December".split("_"),
			ordinal: function(t) {
				var e = [
					"th",
					"st",
					"nd",
					"rd"
				], n = t % 100;
				return "[" + t + (e[(n - 20) % 10] || e[n] || e[0]) + "]";
			}
		}, m = function(t, e, n) {
			var r = String(t);
			return !r || r.length >= e ? t : "" + Array(e + 1 - r.length).join(n) + t;
		}, v = {
			s: m,
			z: function(t) {
				var e = -t.utcOffset(), n = Math.abs(e), r = Math.floor(n / 60), i = n % 60;
				return (e <= 0 ? "+" : "-") + m(r, 2, "0") + ":" + m(i, 2, "0");
			},
			m: function t(e, n) {
				if (e.date() < n.date()) return -t(n, e);
				var r = 12 * (n.year() - e.year()) + (n.month() - e.month()), i = e.clone().add(r, c), s = n - i < 0, u = e.clone().add(r + (s ? -1 : 1), c);
				return +(-(r + (n - i) / (s ? i - u : u - i)) || 0);
			},
			a: function(t) {
				return t < 0 ? Math.ceil(t) || 0 : Math.floor(t);
			},
			p: function(t) {
				return {
					M: c,
					y: h,
					w: o,
					d: a,
					D: d,
					h: u,
					m: s,
					s: i,
					ms: r,
					Q: f
				}[t] || String(t || "").toLowerCase().replace(/s$/, "");
			},
			u: function(t) {
				return void 0 === t;
			}
		}, g = "en", D = {};
		D[g] = M;
		var p = "$isDayjsObject", S = function(t) {
			return t instanceof _ || !(!t || !t[p]);
		}, w = function t(e, n, r) {
			var i;
			if (!e) return g;
			if ("string" == typeof e) {
				var s = e.toLowerCase();
				D[s] && (i = s), n && (D[s] = n, i = s);
				var u = e.split("-");
				if (!i && u.length > 1) return t(u[0]);
			} else {
				var a = e.name;
				D[a] = e, i = a;
			}
			return !r && i && (g = i), i || !r && g;
		}, O = function(t, e) {
			if (S(t)) return t.clone();
			var n = "object" == typeof e ? e : {};
			return n.date = t, n.args = arguments, new _(n);
		}, b = v;
		b.l = w, b.i = S, b.w = function(t, e) {
			return O(t, {
				locale: e.$L,
				utc: e.$u,
				x: e.$x,
				$offset: e.$offset
			});
		};
		var _ = function() {
			function M(t) {
				this.$L = w(t.locale, null, !0), this.parse(t), this.$x = this.$x || t.x || {}, this[p] = !0;
			}
			var m = M.prototype;
			return m.parse = function(t) {
				this.$d = function(t) {
					var e = t.date, n = t.utc;
					if (null === e) return /* @__PURE__ */ new Date(NaN);
					if (b.u(e)) return /* @__PURE__ */ new Date();
					if (e instanceof Date) return new Date(e);
					if ("string" == typeof e && !/Z$/i.test(e)) {
						var r = e.match($);
						if (r) {
							var i = r[2] - 1 || 0, s = (r[7] || "0").substring(0, 3);
							return n ? new Date(Date.UTC(r[1], i, r[3] || 1, r[4] || 0, r[5] || 0, r[6] || 0, s)) : new Date(r[1], i, r[3] || 1, r[4] || 0, r[5] || 0, r[6] || 0, s);
						}
					}
					return new Date(e);
				}(t), this.init();
			}, m.init = function() {
				var t = this.$d;
				this.$y = t.getFullYear(), this.$M = t.getMonth(), this.$D = t.getDate(), this.$W = t.getDay(), this.$H = t.getHours(), this.$m = t.getMinutes(), this.$s = t.getSeconds(), this.$ms = t.getMilliseconds();
			}, m.$utils = function() {
				return b;
			}, m.isValid = function() {
				return !(this.$d.toString() === l);
			}, m.isSame = function(t, e) {
				var n = O(t);
				return this.startOf(e) <= n && n <= this.endOf(e);
			}, m.isAfter = function(t, e) {
				return O(t) < this.startOf(e);
			}, m.isBefore = function(t, e) {
				return this.endOf(e) < O(t);
			}, m.$g = function(t, e, n) {
				return b.u(t) ? this[e] : this.set(n, t);
			}, m.unix = function() {
				return Math.floor(this.valueOf() / 1e3);
			}, m.valueOf = function() {
				return this.$d.getTime();
			}, m.startOf = function(t, e) {
				var n = this, r = !!b.u(e) || e, f = b.p(t), l = function(t, e) {
					var i = b.w(n.$u ? Date.UTC(n.$y, e, t) : new Date(n.$y, e, t), n);
					return r ? i : i.endOf(a);
				}, $ = function(t, e) {
					return b.w(n.toDate()[t].apply(n.toDate("s"), (r ? [
						0,
						0,
						0,
						0
					] : [
						23,
						59,
						59,
						999
					]).slice(e)), n);
				}, y = this.$W, M = this.$M, m = this.$D, v = "set" + (this.$u ? "UTC" : "");
				switch (f) {
					case h: return r ? l(1, 0) : l(31, 11);
					case c: return r ? l(1, M) : l(0, M + 1);
					case o:
						var g = this.$locale().weekStart || 0, D = (y < g ? y + 7 : y) - g;
						return l(r ? m - D : m + (6 - D), M);
					case a:
					case d: return $(v + "Hours", 0);
					case u: return $(v + "Minutes", 1);
					case s: return $(v + "Seconds", 2);
					case i: return $(v + "Milliseconds", 3);
					default: return this.clone();
				}
			}, m.endOf = function(t) {
				return this.startOf(t, !1);
			}, m.$set = function(t, e) {
				var n, o = b.p(t), f = "set" + (this.$u ? "UTC" : ""), l = (n = {}, n[a] = f + "Date", n[d] = f + "Date", n[c] = f + "Month", n[h] = f + "FullYear", n[u] = f + "Hours", n[s] = f + "Minutes", n[i] = f + "Seconds", n[r] = f + "Milliseconds", n)[o], $ = o === a ? this.$D + (e - this.$W) : e;
				if (o === c || o === h) {
					var y = this.clone().set(d, 1);
					y.$d[l]($), y.init(), this.$d = y.set(d, Math.min(this.$D, y.daysInMonth())).$d;
				} else l && this.$d[l]($);
				return this.init(), this;
			}, m.set = function(t, e) {
				return this.clone().$set(t, e);
			}, m.get = function(t) {
				return this[b.p(t)]();
			}, m.add = function(r, f) {
				var d, l = this;
				r = Number(r);
				var $ = b.p(f), y = function(t) {
					var e = O(l);
					return b.w(e.date(e.date() + Math.round(t * r)), l);
				};
				if ($ === c) return this.set(c, this.$M + r);
				if ($ === h) return this.set(h, this.$y + r);
				if ($ === a) return y(1);
				if ($ === o) return y(7);
				var M = (d = {}, d[s] = e, d[u] = n, d[i] = t, d)[$] || 1, m = this.$d.getTime() + r * M;
				return b.w(m, this);
			}, m.subtract = function(t, e) {
				return this.add(-1 * t, e);
			}, m.format = function(t) {
				var e = this, n = this.$locale();
				if (!this.isValid()) return n.invalidDate || l;
				var r = t || "YYYY-MM-DDTHH:mm:ssZ", i = b.z(this), s = this.$H, u = this.$m, a = this.$M, o = n.weekdays, c = n.months, f = n.meridiem, h = function(t, n, i, s) {
					return t && (t[n] || t(e, r)) || i[n].slice(0, s);
				}, d = function(t) {
					return b.s(s % 12 || 12, t, "0");
				}, $ = f || function(t, e, n) {
					var r = t < 12 ? "AM" : "PM";
					return n ? r.toLowerCase() : r;
				};
				return r.replace(y, (function(t, r) {
					return r || function(t) {
						switch (t) {
							case "YY": return String(e.$y).slice(-2);
							case "YYYY": return b.s(e.$y, 4, "0");
							case "M": return a + 1;
							case "MM": return b.s(a + 1, 2, "0");
							case "MMM": return h(n.monthsShort, a, c, 3);
							case "MMMM": return h(c, a);
							case "D": return e.$D;
							case "DD": return b.s(e.$D, 2, "0");
							case "d": return String(e.$W);
							case "dd": return h(n.weekdaysMin, e.$W, o, 2);
							case "ddd": return h(n.weekdaysShort, e.$W, o, 3);
							case "dddd": return o[e.$W];
							case "H": return String(s);
							case "HH": return b.s(s, 2, "0");
							case "h": return d(1);
							case "hh": return d(2);
							case "a": return $(s, u, !0);
							case "A": return $(s, u, !1);
							case "m": return String(u);
							case "mm": return b.s(u, 2, "0");
							case "s": return String(e.$s);
							case "ss": return b.s(e.$s, 2, "0");
							case "SSS": return b.s(e.$ms, 3, "0");
							case "Z": return i;
						}
						return null;
					}(t) || i.replace(":", "");
				}));
			}, m.utcOffset = function() {
				return 15 * -Math.round(this.$d.getTimezoneOffset() / 15);
			}, m.diff = function(r, d, l) {
				var $, y = this, M = b.p(d), m = O(r), v = (m.utcOffset() - this.utcOffset()) * e, g = this - m, D = function() {
					return b.m(y, m);
				};
				switch (M) {
					case h:
						$ = D() / 12;
						break;
					case c:
						$ = D();
						break;
					case f:
						$ = D() / 3;
						break;
					case o:
						$ = (g - v) / 6048e5;
						break;
					case a:
						$ = (g - v) / 864e5;
						break;
					case u:
						$ = g / n;
						break;
					case s:
						$ = g / e;
						break;
					case i:
						$ = g / t;
						break;
					default: $ = g;
				}
				return l ? $ : b.a($);
			}, m.daysInMonth = function() {
				return this.endOf(c).$D;
			}, m.$locale = function() {
				return D[this.$L];
			}, m.locale = function(t, e) {
				if (!t) return this.$L;
				var n = this.clone(), r = w(t, e, !0);
				return r && (n.$L = r), n;
			}, m.clone = function() {
				return b.w(this.$d, this);
			}, m.toDate = function() {
				return new Date(this.valueOf());
			}, m.toJSON = function() {
				return this.isValid() ? this.toISOString() : null;
			}, m.toISOString = function() {
				return this.$d.toISOString();
			}, m.toString = function() {
				return this.$d.toUTCString();
			}, M;
		}(), Y = _.prototype;
		return O.prototype = Y, [
			["$ms", r],
			["$s", i],
			["$m", s],
			["$H", u],
			["$W", a],
			["$M", c],
			["$y", h],
			["$D", d]
		].forEach((function(t) {
			Y[t[1]] = function(e) {
				return this.$g(e, t[0], t[1]);
			};
		})), O.extend = function(t, e) {
			return t.$i || (t(e, _, O), t.$i = !0), O;
		}, O.locale = w, O.isDayjs = S, O.unix = function(t) {
			return O(1e3 * t);
		}, O.en = D[g], O.Ls = D, O.p = {}, O;
	}));
}));
// src/api/query-config.ts
function chain(first, second) {
	if (!first || !second) return first ?? second;
	return async (...args) => {
		await first(...args);
		await second(...args);
	};
}
/**
* The module's options with the caller's config: the module's `mutationFn` always; the module's
* `onSuccess` / `onError` / `onSettled` (cache updates) first, then the caller's; any other option as the
* caller sets it. Mutations never retry.
*/
function withMutationConfig(own, config) {
	const { onSuccess, onError, onSettled, ...rest } = config ?? {};
	return {
		...own,
		...rest,
		mutationFn: own.mutationFn,
		retry: false,
		onSuccess: chain(own.onSuccess, onSuccess),
		onError: chain(own.onError, onError),
		onSettled: chain(own.onSettled, onSettled)
	};
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
var recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
var handoff;
var open$1 = [];
var memo$2 = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open$1.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open$1.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open$1.length > depth ? open$1.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo$2;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
var error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
var FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
var UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
			assignProp(properties, key, merged);
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
var narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
var narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
var contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
var formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
var exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
var numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
var nullProcessor = (_schema, ctx, json, _params) => {
	if (ctx.target === "openapi-3.0") {
		json.type = "string";
		json.nullable = true;
		json.enum = [null];
	} else json.type = "null";
};
var undefinedProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
var enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
var customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
var unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
var intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
var recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
var nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
var ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
var ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine$1(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(_overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide$3(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
var _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(_regex(...args));
	},
	includes(...args) {
		return this.check(_includes(...args));
	},
	startsWith(...args) {
		return this.check(_startsWith(...args));
	},
	endsWith(...args) {
		return this.check(_endsWith(...args));
	},
	min(...args) {
		return this.check(_minLength(...args));
	},
	max(...args) {
		return this.check(_maxLength(...args));
	},
	length(...args) {
		return this.check(_length(...args));
	},
	nonempty(...args) {
		return this.check(_minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(_lowercase(params));
	},
	uppercase(params) {
		return this.check(_uppercase(params));
	},
	trim() {
		return this.check(_trim());
	},
	normalize(...args) {
		return this.check(_normalize(...args));
	},
	toLowerCase() {
		return this.check(_toLowerCase());
	},
	toUpperCase() {
		return this.check(_toUpperCase());
	},
	slugify() {
		return this.check(_slugify());
	}
}));
var ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(_email(ZodEmail, params));
	},
	url(params) {
		return this.check(_url(ZodURL, params));
	},
	jwt(params) {
		return this.check(_jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(_emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(_guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(_uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(_uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(_uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(_uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(_nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(_cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(_cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(_ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(_base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(_base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(_xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(_ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(_ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(_ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(_cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(_cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(_e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(_isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(_isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(_isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(_isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return _string(ZodString, params);
}
var ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
var ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
function email$1(params) {
	return _email(ZodEmail, params);
}
var ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
function guid(params) {
	return _guid(ZodGUID, params);
}
var ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
function uuid(params) {
	return _uuid(ZodUUID, params);
}
var ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
function url(params) {
	return _url(ZodURL, params);
}
var ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(_gt(value, params));
	},
	gte(value, params) {
		return this.check(_gte(value, params));
	},
	min(value, params) {
		return this.check(_gte(value, params));
	},
	lt(value, params) {
		return this.check(_lt(value, params));
	},
	lte(value, params) {
		return this.check(_lte(value, params));
	},
	max(value, params) {
		return this.check(_lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(_gt(0, params));
	},
	nonnegative(params) {
		return this.check(_gte(0, params));
	},
	negative(params) {
		return this.check(_lt(0, params));
	},
	nonpositive(params) {
		return this.check(_lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(_multipleOf(value, params));
	},
	step(value, params) {
		return this.check(_multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return _number(ZodNumber, params);
}
var ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return _int(ZodNumberFormat, params);
}
var ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return _boolean(ZodBoolean, params);
}
var ZodUndefined = /*@__PURE__*/ $constructor("ZodUndefined", (inst, def) => {
	$ZodUndefined.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => undefinedProcessor(inst, ctx, json, params);
});
function _undefined(params) {
	return _undefined$1(ZodUndefined, params);
}
var ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
	$ZodNull.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
	return _null$1(ZodNull, params);
}
var ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return _unknown(ZodUnknown);
}
var ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return _never(ZodNever, params);
}
var ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(_minLength(n, params));
	},
	nonempty(params) {
		return this.check(_minLength(1, params));
	},
	max(n, params) {
		return this.check(_maxLength(n, params));
	},
	length(n, params) {
		return this.check(_length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return _array(ZodArray, element, params);
}
var ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
function strictObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
function looseObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: unknown(),
		...normalizeParams(params)
	});
}
var ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
	ZodUnion.init(inst, def);
	$ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
	return new ZodDiscriminatedUnion({
		type: "union",
		options,
		discriminator,
		...normalizeParams(params)
	});
}
var ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
var ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
var ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
var ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
var ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
var ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
var ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
var ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
var ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
var ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
var ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
var ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function custom(fn, _params) {
	return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine$1(fn, _params = {}) {
	return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return _superRefine(fn, params);
}
var ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
	ZodCustom.init(inst, def);
}, { properties(shape, params) {
	return this.check(_properties(shape, params));
} });
function _instanceof(cls, params = {}) {
	const inst = new ZodInstanceOf({
		type: "custom",
		check: "custom",
		fn: (data) => data instanceof cls,
		abort: true,
		...normalizeParams(params)
	});
	inst._zod.bag.Class = cls;
	inst._zod.check = (payload) => {
		if (!(payload.value instanceof cls)) payload.issues.push({
			code: "invalid_type",
			expected: cls.name,
			input: payload.value,
			inst,
			path: [...inst._zod.def.path ?? []]
		});
	};
	return inst;
}
// node_modules/zod/v4/classic/iso.js
function datetime(params) {
	return _isoDateTime(ZodISODateTime, params);
}
// src/api/zod-issues.ts
/** `['results', 3, 'status']` → `results[3].status` */
function formatIssuePath(path) {
	return path.reduce((acc, key) => {
		if (typeof key === "number") return `${acc}[${key}]`;
		const name = String(key);
		return acc ? `${acc}.${name}` : name;
	}, "");
}
function toContractIssues(error) {
	return error.issues.map((issue) => ({
		path: formatIssuePath(issue.path),
		message: issue.message
	}));
}
function isMessageKey(message) {
	return typeof message === "string" && /^validation\.[A-Za-z0-9_.-]+$/.test(message);
}
function isEmpty(input) {
	return input === void 0 || input === null || input === "";
}
/**
* One zod issue → a translation key and its parameters. A schema's own message is used when it is a key
* (`validation.isoDate`); zod's built-in checks are named by their code. Text is never carried: the
* screen translates the key in the user's language when it shows it.
*/
function toInputIssue(issue) {
	const path = formatIssuePath(issue.path);
	if ((issue.code === "invalid_type" || issue.code === "invalid_value") && isEmpty(issue.input)) return {
		path,
		message: "validation.required"
	};
	if (isMessageKey(issue.message)) {
		const params = issue.params;
		const clean = params ? Object.fromEntries(Object.entries(params).filter((entry) => typeof entry[1] === "string" || typeof entry[1] === "number")) : void 0;
		return clean && Object.keys(clean).length ? {
			path,
			message: issue.message,
			params: clean
		} : {
			path,
			message: issue.message
		};
	}
	switch (issue.code) {
		case "invalid_type":
			if (isEmpty(issue.input)) return {
				path,
				message: "validation.required"
			};
			if (issue.expected === "int") return {
				path,
				message: "validation.integer"
			};
			return {
				path,
				message: issue.expected === "number" ? "validation.number" : "validation.invalid"
			};
		case "too_big": return issue.origin === "string" ? {
			path,
			message: "validation.tooLong",
			params: { maximum: Number(issue.maximum) }
		} : issue.origin === "array" || issue.origin === "set" ? {
			path,
			message: "validation.tooMany",
			params: { maximum: Number(issue.maximum) }
		} : {
			path,
			message: "validation.tooBig",
			params: { maximum: Number(issue.maximum) }
		};
		case "too_small":
			if (issue.origin === "string" && Number(issue.minimum) === 1) return {
				path,
				message: "validation.required"
			};
			return issue.origin === "string" ? {
				path,
				message: "validation.tooShort",
				params: { minimum: Number(issue.minimum) }
			} : issue.origin === "array" || issue.origin === "set" ? {
				path,
				message: "validation.tooFew",
				params: { minimum: Number(issue.minimum) }
			} : {
				path,
				message: "validation.tooSmall",
				params: { minimum: Number(issue.minimum) }
			};
		case "invalid_value":
			if (isEmpty(issue.input)) return {
				path,
				message: "validation.required"
			};
			return {
				path,
				message: "validation.invalidChoice",
				params: { values: issue.values.map(String).join(", ") }
			};
		case "invalid_format":
			if (issue.format === "email") return {
				path,
				message: "validation.email"
			};
			if (issue.format === "date") return {
				path,
				message: "validation.isoDate"
			};
			if (issue.format === "uuid" || issue.format === "guid") return {
				path,
				message: "validation.uuid"
			};
			if (issue.format === "url") return {
				path,
				message: "validation.url"
			};
			if (issue.format === "datetime") return {
				path,
				message: "validation.dateTime"
			};
			return {
				path,
				message: "validation.invalid"
			};
		case "unrecognized_keys": return {
			path,
			message: "validation.unknownField",
			params: { fields: issue.keys.join(", ") }
		};
		default: return {
			path,
			message: "validation.invalid"
		};
	}
}
/** The first `params.code` a schema set on an issue (e.g. PostDICOM's `expired-date`). */
function codeOf(issues) {
	for (const issue of issues) {
		const code = issue.params?.code;
		if (typeof code === "string") return code;
	}
}
/** `at` + an issue path: `referralId`, `files[2]`, `patient.name`. */
function prefixed(at, path) {
	if (!at) return path;
	if (!path) return at;
	return path.startsWith("[") ? `${at}${path}` : `${at}.${path}`;
}
/** A refused input as the service layer's one input error. */
function toInputError(vendor, endpoint, error, options = {}) {
	const issues = error.issues.map(toInputIssue).map((issue) => ({
		...issue,
		path: prefixed(options.at ?? "", issue.path)
	}));
	return new InputError(vendor, endpoint, issues, codeOf(error.issues) ?? options.code);
}
/**
* Validates what a service function was given, before anything is sent: the parsed value, or an
* `InputError` naming each bad field. Every vendor module checks its input through this. `at` names a scalar
* argument (`parseInput('scan', e.name, idSchema, referralId, { at: 'referralId' })`); `code` is the
* InputError's code when no issue sets one.
*/
function parseInput(vendor, endpoint, schema, input, options = {}) {
	const result = safeParse$1(schema, input, { reportInput: true });
	if (!result.success) throw toInputError(vendor, endpoint, result.error, options);
	return result.data;
}
/**
* Validates something the vendor sent that did not come through the client's `request` (a downloaded file's
* type, a decrypted webhook delivery, a context link): the parsed value, or a `ContractError`.
*/
function parseAnswer(vendor, endpoint, schema, value) {
	const result = safeParse$1(schema, value);
	if (!result.success) throw new ContractError(vendor, endpoint, toContractIssues(result.error));
	return result.data;
}
function buildQuery(query) {
	if (!query) return "";
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === void 0 || value === null || value === "") continue;
		if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
		else params.append(key, String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : "";
}
function parseRetryAfter(header) {
	if (!header) return void 0;
	const seconds = Number(header);
	if (Number.isFinite(seconds)) return Math.max(0, seconds);
	const date = Date.parse(header);
	return Number.isNaN(date) ? void 0 : Math.max(0, Math.round((date - Date.now()) / 1e3));
}
function fileNameFrom(disposition) {
	if (!disposition) return void 0;
	const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
	if (star?.[1]) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
	return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim();
}
/** Same-origin path → absolute URL (Node's fetch, used by the tests, needs one). */
function resolveUrl(path) {
	return new URL(path, globalThis.location?.href ?? "http://localhost/").toString();
}
async function readBody(response) {
	const text = await response.text();
	if (!text.trim()) return {
		text,
		json: void 0,
		isJson: true
	};
	try {
		return {
			text,
			json: JSON.parse(text),
			isJson: true
		};
	} catch {
		return {
			text,
			json: void 0,
			isJson: false
		};
	}
}
function createVendorClient(config) {
	const basePath = config.basePath ?? `/api/${config.vendor}`;
	async function send(options) {
		const method = options.method ?? "GET";
		const endpoint = options.endpoint ?? `${method} ${options.path}`;
		const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? 2e4;
		const headers = new Headers({
			Accept: "application/json",
			...await config.headers?.(),
			...options.headers
		});
		let body;
		if (options.json !== void 0) {
			headers.set("Content-Type", "application/json");
			body = JSON.stringify(options.json);
		} else if (options.form) body = options.form;
		else if (options.binary !== void 0) {
			headers.set("Content-Type", options.contentType ?? "application/octet-stream");
			body = options.binary instanceof Uint8Array ? new Blob([options.binary]) : options.binary;
		}
		const timeout = new AbortController();
		const timer = setTimeout(() => timeout.abort(), timeoutMs);
		const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
		try {
			const response = await fetch(resolveUrl(`${basePath}${options.path}${buildQuery(options.query)}`), {
				method,
				headers,
				body,
				signal
			});
			if (!response.ok) throw await toVendorError(response, endpoint);
			return {
				response,
				endpoint
			};
		} catch (error) {
			if (error instanceof VendorError) throw error;
			if (options.signal?.aborted) throw error;
			if (timeout.signal.aborted) throw new TimeoutError(config.vendor, endpoint, timeoutMs);
			throw new NetworkError(config.vendor, endpoint, error);
		} finally {
			clearTimeout(timer);
		}
	}
	async function toVendorError(response, endpoint) {
		let parsed;
		let body;
		try {
			const read = await readBody(response);
			body = read.isJson ? read.json : read.text;
			parsed = config.parseError(response.status, body);
		} catch {
			parsed = { message: response.statusText || `HTTP ${response.status}` };
		}
		return new VendorError(config.vendor, endpoint, response.status, parsed.message || response.statusText || `HTTP ${response.status}`, parsed.fieldErrors ?? {}, body, parseRetryAfter(response.headers.get("Retry-After")));
	}
	return {
		vendor: config.vendor,
		async request(options) {
			const { response, endpoint } = await send(options);
			let read;
			try {
				read = await readBody(response);
			} catch (error) {
				throw new NetworkError(config.vendor, endpoint, error);
			}
			if (!read.isJson) throw new ContractError(config.vendor, endpoint, [{
				path: "",
				message: "The body is not valid JSON."
			}]);
			const result = safeParse$1(options.schema, read.json);
			if (!result.success) throw new ContractError(config.vendor, endpoint, toContractIssues(result.error));
			return result.data;
		},
		async requestBinary(options) {
			const { response, endpoint } = await send({
				...options,
				headers: {
					Accept: "*/*",
					...options.headers
				}
			});
			try {
				const blob = await response.blob();
				return {
					blob,
					contentType: response.headers.get("Content-Type") ?? blob.type,
					fileName: fileNameFrom(response.headers.get("Content-Disposition"))
				};
			} catch (error) {
				throw new NetworkError(config.vendor, endpoint, error);
			}
		}
	};
}
// src/api/impilo/errors.ts
/** ASSUMED error body: `{ "message": "…", "errors": [{ "field": "size", "message": "…" }] }`. */
var errorBody$1 = object({
	message: string().optional(),
	error: string().optional(),
	errors: array(object({
		field: string(),
		message: string()
	})).optional()
}).loose();
/** Impilo error bodies → message + field errors (wire names). */
var parseImpiloError = (status, body) => {
	const parsed = errorBody$1.safeParse(body);
	if (!parsed.success) return { message: typeof body === "string" && body ? body : `HTTP ${status}` };
	const fieldErrors = {};
	for (const { field, message } of parsed.data.errors ?? []) fieldErrors[field] = [...fieldErrors[field] ?? [], message];
	return {
		message: parsed.data.message ?? parsed.data.error ?? `HTTP ${status}`,
		fieldErrors
	};
};
// src/api/impilo/client.ts
/** The Impilo client. The `Impilo-API-Key` header is added by the proxy (live) — never by the browser. */
var impiloClient = createVendorClient({
	vendor: "impilo",
	parseError: parseImpiloError
});
// src/api/iso-date.ts
/**
* The one calendar-date rule of every vendor schema (zod classic and zod/mini alike), on top of the one
* check in `src/lib/mappings/datetime.ts`: not `YYYY-MM-DD` → `validation.isoDate`; the right shape but a
* day that does not exist (`2026-02-30`) → `validation.noSuchDate`.
*
*   z.string().superRefine(refineIsoDate)                 // zod
*   z.string().check(z.superRefine(refineIsoDate))        // zod/mini
*/
function refineIsoDate(value, ctx) {
	if (!hasIsoDateFormat(value)) ctx.addIssue({
		code: "custom",
		message: "validation.isoDate",
		input: value
	});
	else if (!isIsoDate(value)) ctx.addIssue({
		code: "custom",
		message: "validation.noSuchDate",
		input: value
	});
}
/** CONFIRMED page shape: `{ content, page, size, total, first, last }`. */
function impiloPageSchema(item) {
	return object({
		content: array(item),
		page: number().int().nonnegative(),
		size: number().int().positive().max(250),
		total: number().int().nonnegative(),
		first: boolean(),
		last: boolean()
	});
}
/** `page` (from 0) and `size` (1–250, CONFIRMED maximum). */
var impiloPagingSchema = object({
	page: number().int().nonnegative().optional(),
	size: number().int().positive().max(250).optional()
});
var impiloIdSchema = string().min(1);
var impiloIsoDateSchema = string().superRefine(refineIsoDate);
var impiloIsoDateTimeSchema = datetime({ offset: true });
// src/api/endpoint.ts
function defineEndpoint(method, template) {
	const path = (...args) => {
		const values = args[0] ?? {};
		return template.replace(/\{([^}]+)\}/g, (_, name) => {
			const value = values[name];
			if (value === void 0) throw new Error(`No value for {${name}} in ${template}`);
			return encodeURIComponent(String(value));
		});
	};
	const name = `${method} ${template}`;
	return {
		method,
		template,
		name,
		route: template.replace(/\{([^}]+)\}/g, ":$1"),
		path,
		at: (...args) => ({
			method,
			path: path(...args),
			endpoint: name
		})
	};
}
// src/api/impilo/endpoints.ts
/**
* Impilo's endpoints and every assumption this module makes about them. CONFIRMED = in the vendor's guide or
* reference; ASSUMED = our choice, to be checked against the live reference: change it here and nowhere else.
* The mock (mocks/impilo) routes the same entries, so a change moves both sides.
* ASSUMED: ids are opaque strings (UUIDs in the mock).
*/
var impiloEndpoints = {
	/** CONFIRMED: POST to create (firstName and lastName required). */
	createPatient: defineEndpoint("POST", "/api/v3/patient"),
	/** ASSUMED: GET lists (CONFIRMED filters: see `impiloPatientFiltersSchema`). */
	listPatients: defineEndpoint("GET", "/api/v3/patient"),
	/** ASSUMED: GET one patient. */
	getPatient: defineEndpoint("GET", "/api/v3/patient/{patientId}"),
	/**
	* ASSUMED: PUT replaces a patient's fields (the create fields) and answers the patient. The guide shows no
	* update, but Impilo's `patient.updated` webhook says patients change.
	*/
	updatePatient: defineEndpoint("PUT", "/api/v3/patient/{patientId}"),
	/** ASSUMED (the guide does not show them): GET /site lists sites as a page, GET /site/{id} gets one. */
	listSites: defineEndpoint("GET", "/api/v3/site"),
	getSite: defineEndpoint("GET", "/api/v3/site/{siteId}"),
	/** ASSUMED (not shown): the catalogue is GET /item and GET /kit, both paginated like patients. */
	listItems: defineEndpoint("GET", "/api/v3/item"),
	listKits: defineEndpoint("GET", "/api/v3/kit"),
	/** CONFIRMED: POST /order creates. */
	createOrder: defineEndpoint("POST", "/api/v3/order"),
	/** CONFIRMED: the list is paginated. ASSUMED: GET /order with page/size. */
	listOrders: defineEndpoint("GET", "/api/v3/order"),
	/** CONFIRMED: GET /order/{orderId}. */
	getOrder: defineEndpoint("GET", "/api/v3/order/{orderId}"),
	/** CONFIRMED: POST /webhook. */
	createWebhook: defineEndpoint("POST", "/api/v3/webhook"),
	/** ASSUMED: GET /webhook lists (a plain array). */
	listWebhooks: defineEndpoint("GET", "/api/v3/webhook"),
	/** ASSUMED: DELETE /webhook/{id} answers 204. */
	deleteWebhook: defineEndpoint("DELETE", "/api/v3/webhook/{webhookId}")
};
// src/api/impilo/patients.ts
/** Impilo patients: create, list (CONFIRMED filters), get. */
/** ASSUMED address shape. */
var impiloAddressSchema = object({
	line1: string().min(1),
	line2: string().nullish(),
	city: string().min(1),
	state: string().nullish(),
	postalCode: string().min(1),
	country: string().min(2)
});
/** CONFIRMED: firstName and lastName are required. Others ASSUMED from the list filters. */
var impiloCreatePatientSchema = object({
	firstName: string().trim().min(1).max(255),
	lastName: string().trim().min(1).max(255),
	email: email$1().optional(),
	phone: string().trim().min(1).max(50).optional(),
	dateOfBirth: impiloIsoDateSchema.optional(),
	externalIdentifier: string().trim().min(1).max(255).optional(),
	siteId: impiloIdSchema.optional(),
	address: impiloAddressSchema.optional()
});
var impiloPatientSchema = object({
	id: impiloIdSchema,
	firstName: string(),
	lastName: string(),
	email: string().nullish(),
	phone: string().nullish(),
	dateOfBirth: impiloIsoDateSchema.nullish(),
	externalIdentifier: string().nullish(),
	siteId: impiloIdSchema.nullish(),
	address: impiloAddressSchema.nullish(),
	createdAt: impiloIsoDateTimeSchema.nullish()
});
/** CONFIRMED filters: page, size (≤ 250), name, email, externalIdentifier, siteId, dateOfBirthMin/Max, postalCode. */
var impiloPatientFiltersSchema = impiloPagingSchema.extend({
	name: string().trim().min(1).optional(),
	email: string().trim().min(1).optional(),
	externalIdentifier: string().trim().min(1).optional(),
	siteId: impiloIdSchema.optional(),
	dateOfBirthMin: impiloIsoDateSchema.optional(),
	dateOfBirthMax: impiloIsoDateSchema.optional(),
	postalCode: string().trim().min(1).optional()
}).refine((f) => !f.dateOfBirthMin || !f.dateOfBirthMax || f.dateOfBirthMin <= f.dateOfBirthMax, {
	message: "validation.windowReversed",
	path: ["dateOfBirthMax"]
});
var impiloPatientPageSchema = impiloPageSchema(impiloPatientSchema);
/** `POST /api/v3/patient` */
async function createImpiloPatient(input, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.createPatient.at(),
		json: parseInput("impilo", impiloEndpoints.createPatient.name, impiloCreatePatientSchema, input),
		schema: impiloPatientSchema,
		...options
	});
}
/** `GET /api/v3/patient` (ASSUMED list with the CONFIRMED filters). */
async function listImpiloPatients(filters = {}, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listPatients.at(),
		query: parseInput("impilo", impiloEndpoints.listPatients.name, impiloPatientFiltersSchema, filters),
		schema: impiloPatientPageSchema,
		...options
	});
}
/** `GET /api/v3/patient/{patientId}` */
async function getImpiloPatient(patientId, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.getPatient.at({ patientId: parseInput("impilo", impiloEndpoints.getPatient.name, impiloIdSchema, patientId, { at: "patientId" }) }),
		schema: impiloPatientSchema,
		...options
	});
}
/** The update body: the create fields (ASSUMED, see `impiloEndpoints.updatePatient`). */
var impiloUpdatePatientSchema = impiloCreatePatientSchema;
/** `PUT /api/v3/patient/{patientId}` (ASSUMED). */
async function updateImpiloPatient(patientId, input, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.updatePatient.at({ patientId: impiloIdSchema.parse(patientId) }),
		json: impiloUpdatePatientSchema.parse(input),
		schema: impiloPatientSchema,
		...options
	});
}
// src/api/solo/errors.ts
var import_dayjs_min = /* @__PURE__ */ __toESM(require_dayjs_min(), 1);
/**
* Solo answers errors as `{ "error": { "message": "…" } }`, except the request-assistance endpoints,
* which answer `{ "message": "…" }`. Both become a VendorError carrying that message.
*/
var soloErrorBody = union([object({ error: object({ message: string() }) }).transform((b) => b.error.message), object({ message: string() }).transform((b) => b.message)]);
/** The console's own server (context links, ./context-links.ts) refuses a body as `{ error: 'invalid', issues }`. */
var soloConsoleServerRefusalSchema = object({
	error: literal("invalid"),
	issues: array(object({
		path: string(),
		message: string()
	}))
});
var parseSoloError = (status, body) => {
	const refusal = soloConsoleServerRefusalSchema.safeParse(body);
	if (refusal.success) {
		const fieldErrors = {};
		for (const issue of refusal.data.issues) fieldErrors[issue.path] = [...fieldErrors[issue.path] ?? [], issue.message];
		return {
			message: refusal.data.issues.map((i) => `${i.path}: ${i.message}`).join("; "),
			fieldErrors
		};
	}
	const parsed = soloErrorBody.safeParse(body);
	return { message: parsed.success ? parsed.data : typeof body === "string" && body ? body : `HTTP ${status}` };
};
/** The request-assistance endpoints' documented messages (the mock answers the same). */
var SOLO_ASSISTANCE_MESSAGES = {
	missingParameters: "Service Request Error: Missing Required Parameters. Please include either Device ID, Patient ID, or a combination of Building, Floor, Room, and Bed (opt.), or Department, Room, and Bed (opt.) to proceed",
	deviceNotFound: "Device could not be found from the data submitted",
	requestNotFound: "Service Request Error: Request not found"
};
/** A 404 "Request not found" on the current assistance request: there is none. */
function isSoloAssistanceNotFound(error) {
	return error instanceof VendorError && error.status === 404 && error.vendorMessage === SOLO_ASSISTANCE_MESSAGES.requestNotFound;
}
// src/api/solo/client.ts
/** The Solo client. The `Api-Key` header is added by the proxy (live), never by the browser. */
var soloClient = createVendorClient({
	vendor: "solo",
	parseError: parseSoloError
});
var SOLO_MAX_DURATION_SECONDS = 86400;
var SOLO_APPOINTMENT_UPDATE_STATUSES = ["cancelled"];
var SOLO_DECEASED_AT_PATTERN = /^\d{4}-\d{2}-\d{2} (0[1-9]|1[0-2]):[0-5]\d (AM|PM)$/;
/** Unix timestamp in seconds (UTC). */
var soloUnixSecondsSchema = number().int().nonnegative();
/** A duration in whole seconds, in [1, 86400] (assumption 1). */
var soloDurationSecondsSchema = number().int().refine((seconds) => seconds >= 1 && seconds <= 86400, {
	message: "validation.durationSeconds",
	params: {
		minimum: 1,
		maximum: SOLO_MAX_DURATION_SECONDS
	}
});
/** A calendar date `YYYY-MM-DD` that exists. */
var soloIsoDateSchema = string().superRefine(refineIsoDate);
/** Answers the page leaves undocumented for writes: nothing, `[]` or an object (assumption 9). */
var soloAckSchema = union([
	_undefined(),
	array(unknown()).max(0),
	looseObject({})
]);
/** Empty answers (204, or 200 with `[]` / `{}`), as Solo sends after deletes and document posts. */
var soloEmptyResponseSchema = union([
	_undefined(),
	_null(),
	array(unknown()).length(0),
	object({}).strict()
]);
/** A file answer (`client.requestBinary`): the bytes and what the vendor said they are. */
var soloBinaryAnswerSchema = object({
	blob: custom((value) => value instanceof Blob, "validation.fileRequired"),
	contentType: string(),
	fileName: string().optional()
});
// src/api/solo/endpoints.ts
/**
* Teladoc Health Solo's endpoints: the one table of paths and endpoint names (as the vendor's pages write
* them). CONFIRMED unless marked ASSUMED; the assumptions about bodies and answers are listed in
* ./common.ts (care) and at the top of each endpoint group's file. The mock (mocks/solo) routes the same
* entries.
*/
var soloEndpoints = {
	getPatient: defineEndpoint("GET", "/qapi/v1/patients/{patient_id}"),
	getPatientBySpid: defineEndpoint("GET", "/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}"),
	createPatient: defineEndpoint("POST", "/qapi/v1/patients"),
	updatePatient: defineEndpoint("PUT", "/qapi/v1/patients/{patient_id}"),
	updatePatientBySpid: defineEndpoint("PUT", "/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}"),
	createAppointment: defineEndpoint("POST", "/qapi/v1/patients/{patient_id}/appointments"),
	createAppointmentByHsid: defineEndpoint("POST", "/qapi/v1/patients/HSID/{hsid}/appointments"),
	createAppointmentBySpid: defineEndpoint("POST", "/qapi/v1/patients/id/type/SPID/value/{solo_patient_id}/appointments"),
	getAppointment: defineEndpoint("GET", "/qapi/v1/appointments/{appointment_id}"),
	/** ASSUMED: only `status: "cancelled"` may be set (./common.ts, assumption 2). */
	updateAppointment: defineEndpoint("PUT", "/qapi/v1/appointments/{appointment_id}"),
	getProviderLink: defineEndpoint("GET", "/qapi/v1/appointments/{appointment_id}/provider-link"),
	/** Needs the provider's Microsoft Teams token in `Teams-Auth-Token`. */
	getMsTeamsProviderLink: defineEndpoint("GET", "/qapi/v1/appointments/{appointment_id}/msteams-provider-link"),
	getVideoCallLinksByExternalId: defineEndpoint("GET", "/qapi/v1/appointments/{external_appointment_id}/video-call-links"),
	getVideoCallLinksBySaid: defineEndpoint("GET", "/qapi/v1/appointments/id/type/SAID/value/{solo_appointment_id}/video-call-links"),
	listSlots: defineEndpoint("GET", "/qapi/v1/appointment-slots"),
	listWaitingRooms: defineEndpoint("GET", "/qapi/v1/waiting-rooms"),
	createEpisode: defineEndpoint("POST", "/qapi/v1/patients/{patient_id}/episodes"),
	listEpisodes: defineEndpoint("GET", "/qapi/v1/patients/{patient_id}/episodes"),
	getEpisode: defineEndpoint("GET", "/qapi/v1/episodes/{episode_id}"),
	/** ASSUMED answer `{ episodeId }` (./common.ts, assumption 9). */
	updateEpisode: defineEndpoint("PUT", "/qapi/v1/episodes/{episode_id}"),
	getEpisodeAppointments: defineEndpoint("GET", "/qapi/v1/episodes/{episode_id}/appointments"),
	/** ASSUMED empty answer (./common.ts, assumption 9). */
	assignAppointmentEpisode: defineEndpoint("PUT", "/qapi/v1/appointments/{appointment_id}/episode/assign"),
	getVisitNote: defineEndpoint("GET", "/qapi/v1/appointments/{appointment_id}/visit-note"),
	/** ASSUMED answer `[]` (./common.ts, assumption 9). */
	updateVisitNote: defineEndpoint("PUT", "/qapi/v1/appointments/{appointment_id}/visit-note"),
	createAssistanceRequest: defineEndpoint("POST", "/qapi/v1/request-assistance"),
	/** ASSUMED: the locator goes in the query (a browser cannot send a GET body). */
	getCurrentAssistanceRequest: defineEndpoint("GET", "/qapi/v1/request-assistance"),
	cancelAssistanceRequest: defineEndpoint("DELETE", "/qapi/v1/request-assistance"),
	uploadAttachment: defineEndpoint("POST", "/qapi/v1/appointments/{appointmentId}/attachments"),
	listAttachments: defineEndpoint("GET", "/qapi/v1/appointments/{appointmentId}/attachments"),
	deleteAttachment: defineEndpoint("DELETE", "/qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}"),
	/** ASSUMED: download is not documented; the file's bytes at the attachment's own path. */
	downloadAttachment: defineEndpoint("GET", "/qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}"),
	addPatientDocument: defineEndpoint("POST", "/qapi/v1/patients/{patient_id}/documents"),
	contextLink: defineEndpoint("GET", "/integrations/linking"),
	/**
	* NOT Solo's: the console's own server encrypts a context link with the secret only it holds
	* (./context-links.ts; the mock, the dev proxy and the gateway answer it).
	*/
	encryptContextLink: defineEndpoint("POST", "/context-link"),
	createPerfectAnswer: defineEndpoint("POST", "/qapi/v1/perfect-answer"),
	csvDataDump: defineEndpoint("GET", "/qapi/v1/reports/csv-data-dump"),
	createEncounterReport: defineEndpoint("POST", "/qapi/v1/encounter-report/create"),
	getEncounterReportStatus: defineEndpoint("GET", "/qapi/v1/encounter-report/status/{reportId}"),
	downloadEncounterReport: defineEndpoint("GET", "/qapi/v1/encounter-report/download/{reportId}"),
	createWebhook: defineEndpoint("POST", "/qapi/v1/webhooks"),
	updateWebhook: defineEndpoint("PUT", "/qapi/v1/webhooks/{webhookId}"),
	listWebhooks: defineEndpoint("GET", "/qapi/v1/webhooks"),
	getWebhook: defineEndpoint("GET", "/qapi/v1/webhooks/{webhookId}"),
	/** Deactivates the webhook. ASSUMED: an empty answer. */
	deleteWebhook: defineEndpoint("DELETE", "/qapi/v1/webhooks/{webhookId}")
};
// src/api/solo/demographics.ts
/**
* The patient demographics shapes shared by patients and appointments: name, telecom, contact, address,
* shared email group. Read schemas are lenient (any string the vendor sends); write schemas check formats.
*/
var soloNameSchema = object({
	use: string().optional(),
	family: string().optional(),
	firstName: string().optional(),
	middleName: string().optional(),
	lastName: string().optional(),
	alias: string().optional()
});
var soloTelecomSchema = object({
	use: string().optional(),
	system: string().optional(),
	value: string().optional()
});
/** Write side: an email telecom must hold an email address. */
var soloTelecomInputSchema = soloTelecomSchema.superRefine((telecom, ctx) => {
	if (telecom.system === "email" && telecom.value && !email$1().safeParse(telecom.value).success) ctx.addIssue({
		code: "custom",
		path: ["value"],
		message: "validation.email"
	});
});
var soloContactSchema = object({
	telecom: array(soloTelecomSchema).optional(),
	name: array(soloNameSchema).optional()
});
var soloContactInputSchema = object({
	telecom: array(soloTelecomInputSchema).optional(),
	name: array(soloNameSchema).optional()
});
var soloAddressSchema = object({
	city: string().optional(),
	use: string().optional(),
	apartment: string().optional(),
	country: string().optional(),
	state: string().optional(),
	postalcode: string().optional(),
	line: array(string()).optional()
});
var soloSharedEmailGroupSchema = object({
	type: string(),
	name: string()
});
var demographicsBase = {
	mrn: string().optional(),
	/** Deprecated by the vendor. */
	accountNumber: string().optional(),
	name: array(soloNameSchema).optional(),
	birthDate: string().optional(),
	gender: string().optional(),
	maritalStatus: string().optional(),
	telecom: array(soloTelecomSchema).optional(),
	contact: array(soloContactSchema).optional(),
	preferredLanguage: string().optional(),
	race: string().optional(),
	ethnicity: string().optional(),
	address: array(soloAddressSchema).optional(),
	active: boolean().optional(),
	deceased: boolean().optional(),
	deceasedAt: string().nullable().optional(),
	/** Deprecated by the vendor. */
	familyMember: boolean().optional(),
	isLinkedByEmail: boolean().optional()
};
/** Demographics as Solo answers them (GET patient, and `patient.demographics` of an appointment). */
var soloDemographicsSchema = object({
	...demographicsBase,
	sharedEmailGroup: soloSharedEmailGroupSchema.nullable().optional()
});
/** `deceasedAt` is "specified" when present and not null (assumption 4). */
function isSpecified(value) {
	return value !== void 0 && value !== null;
}
/**
* The documented write rules: deceasedAt is required if deceased is true, and rejected when deceased is false
* or absent; groupType/groupName are needed when isLinkedByEmail is true.
*/
function refineSoloDemographicsWrite(value, ctx) {
	if (value.deceased === true && !isSpecified(value.deceasedAt)) ctx.addIssue({
		code: "custom",
		path: ["deceasedAt"],
		message: "validation.deceasedAtRequired"
	});
	if (value.deceased !== true && isSpecified(value.deceasedAt)) ctx.addIssue({
		code: "custom",
		path: ["deceasedAt"],
		message: "validation.deceasedAtNotAllowed"
	});
	if (value.isLinkedByEmail === true) {
		if (!value.groupType) ctx.addIssue({
			code: "custom",
			path: ["groupType"],
			message: "validation.requiredWhenLinkedByEmail"
		});
		if (!value.groupName) ctx.addIssue({
			code: "custom",
			path: ["groupName"],
			message: "validation.requiredWhenLinkedByEmail"
		});
	}
}
/** The demographics fields of a create/update body (without the rules, so it can be extended). */
var soloDemographicsInputShape = {
	...demographicsBase,
	birthDate: soloIsoDateSchema.optional(),
	telecom: array(soloTelecomInputSchema).optional(),
	contact: array(soloContactInputSchema).optional(),
	deceasedAt: string().regex(SOLO_DECEASED_AT_PATTERN, "validation.dateTime12h").nullable().optional(),
	groupType: string().min(1).optional(),
	groupName: string().min(1).optional()
};
/** The patient update body (every field optional). */
var soloDemographicsInputSchema = object(soloDemographicsInputShape).superRefine(refineSoloDemographicsWrite);
/** A display name from the first `name` entry. */
function soloDisplayName(demographics) {
	const name = demographics.name?.[0];
	if (!name) return "";
	const parts = [
		name.firstName,
		name.middleName,
		name.lastName
	].filter((part) => part && part.trim() !== "");
	return parts.length > 0 ? parts.join(" ") : name.family ?? "";
}
// src/api/solo/patients.ts
/**
* Solo patients: get and update by the caller's patient id or by SPID (Solo Patient ID), and create.
* There is no patient search endpoint.
*/
/** GET answers (both by id and by SPID). */
var soloPatientSchema = soloDemographicsSchema;
/** Create body: the demographics plus `id`, which is required. */
var soloCreatePatientSchema = object({
	id: string().trim().min(1),
	...soloDemographicsInputShape
}).superRefine(refineSoloDemographicsWrite);
/** Update body: every field optional, same rules. */
var soloUpdatePatientSchema = soloDemographicsInputSchema;
/** Create answers the new Solo Patient ID, as a bare integer. */
var soloCreatePatientResponseSchema = number().int().positive();
/** Update answers `[]`. */
var soloUpdatePatientResponseSchema = soloAckSchema;
/** `GET /qapi/v1/patients/{patient_id}` */
async function getSoloPatient(patientId, options = {}) {
	return soloClient.request({
		...soloEndpoints.getPatient.at({ patient_id: patientId }),
		schema: soloPatientSchema,
		...options
	});
}
/** `GET /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}` */
async function getSoloPatientBySpid(spid, options = {}) {
	return soloClient.request({
		...soloEndpoints.getPatientBySpid.at({ solo_patient_id: spid }),
		schema: soloPatientSchema,
		...options
	});
}
/** `POST /qapi/v1/patients`: creates a patient; resolves to its SPID. */
async function createSoloPatient(input, options = {}) {
	const body = parseInput("solo", soloEndpoints.createPatient.name, soloCreatePatientSchema, input);
	return soloClient.request({
		...soloEndpoints.createPatient.at(),
		json: body,
		schema: soloCreatePatientResponseSchema,
		...options
	});
}
/** `PUT /qapi/v1/patients/{patient_id}` */
async function updateSoloPatient(patientId, input, options = {}) {
	const body = parseInput("solo", soloEndpoints.updatePatient.name, soloUpdatePatientSchema, input);
	await soloClient.request({
		...soloEndpoints.updatePatient.at({ patient_id: patientId }),
		json: body,
		schema: soloUpdatePatientResponseSchema,
		...options
	});
}
/** `PUT /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}` */
async function updateSoloPatientBySpid(spid, input, options = {}) {
	const body = parseInput("solo", soloEndpoints.updatePatientBySpid.name, soloUpdatePatientSchema, input);
	await soloClient.request({
		...soloEndpoints.updatePatientBySpid.at({ solo_patient_id: spid }),
		json: body,
		schema: soloUpdatePatientResponseSchema,
		...options
	});
}
// src/lib/codes/scan-modalities.ts
/**
* Scan.com's modality names. CONFIRMED: "MRI" (not the DICOM "MR"). ASSUMED: the other names, taken from the
* scans Scan.com sells on its site. The one list: the Scan.com service layer (src/api/scan), its mock and the
* DICOM ↔ Scan.com mapping (src/lib/mappings/modality.ts) all read it.
*/
var scanModalities = [
	"MRI",
	"CT",
	"Ultrasound",
	"X-Ray",
	"DEXA",
	"PET-CT",
	"Mammogram"
];
// src/api/scan/endpoints.ts
/**
* Scan.com's endpoints and every assumption this module makes about the parts of the API the guide does not
* print. Each one is marked CONFIRMED (seen in the vendor's guide/reference) or ASSUMED (our choice, to be
* checked against the live reference; change it here and nowhere else). The mock (mocks/scan) routes the
* same entries, so changing a path changes both sides.
*/
var scanEndpoints = {
	/** CONFIRMED: POST, HTTP Basic client_id:client_secret (added by the dev proxy / gateway, never the browser). */
	createUser: defineEndpoint("POST", "/api/v1/users"),
	/**
	* ASSUMED: "Request a refreshed Access Token" is `POST /api/v1/users/refresh_token` with the JSON body
	* `{ "refresh_token": "…" }` and no Authorization header. If the live reference needs Basic auth here too,
	* the proxy rule in build/vendor-proxy.ts must also match this path.
	*/
	refreshToken: defineEndpoint("POST", "/api/v1/users/refresh_token"),
	/** CONFIRMED (guide: "Create a referral"). */
	createReferral: defineEndpoint("POST", "/api/v1/referrals"),
	/** CONFIRMED (guide: "List referrals"): the user's own referrals only. */
	listReferrals: defineEndpoint("GET", "/api/v1/referrals"),
	/** ASSUMED: GET one. */
	getReferral: defineEndpoint("GET", "/api/v1/referrals/{referral_id}"),
	/** ASSUMED path of the guide's "Update a referral" (PATCH). */
	updateReferral: defineEndpoint("PATCH", "/api/v1/referrals/{referral_id}"),
	/** CONFIRMED: PATCH; needs body_part_ids, modality, referral_information. */
	submit: defineEndpoint("PATCH", "/api/v1/referrals/{referral_id}/submit"),
	/** ASSUMED: PATCH, the "Confirm a referral" endpoint (same shape as submit). */
	confirm: defineEndpoint("PATCH", "/api/v1/referrals/{referral_id}/confirm"),
	/** CONFIRMED (reference slug post_api-v1-referrals-referral-id-additional-documents): POST multipart `file`. */
	uploadDocument: defineEndpoint("POST", "/api/v1/referrals/{referral_id}/additional_documents"),
	/** ASSUMED: GET the time slots at the referral's imaging provider. */
	listTimeSlots: defineEndpoint("GET", "/api/v1/referrals/{referral_id}/time_slots"),
	/** ASSUMED: PATCH `{ time_slot_ids }` to pick (CONFIRMED body). */
	pickTimeSlots: defineEndpoint("PATCH", "/api/v1/referrals/{referral_id}/time_slots"),
	/** ASSUMED: GET the safety questions that apply to the referral (they vary with modality/body parts). */
	safetyQuestions: defineEndpoint("GET", "/api/v1/referrals/{referral_id}/safety_questions"),
	/** ASSUMED: GET with `modality` (CONFIRMED parameter name, value e.g. "MRI"). */
	bodyParts: defineEndpoint("GET", "/api/v1/body_parts"),
	/** ASSUMED path; CONFIRMED parameters body_part_ids and modality; ASSUMED `location` (postcode or town). */
	imagingProviders: defineEndpoint("GET", "/api/v1/imaging_providers")
};
/**
* ASSUMED: array query parameters are written Rails-style (`body_part_ids[]=63&body_part_ids[]=64`),
* which matches the API's snake_case/`validation_errors` conventions.
*/
var SCAN_BODY_PART_IDS_PARAM = "body_part_ids[]";
// src/api/scan/errors.ts
/**
* ASSUMED: general (not field) validation errors are filed under this key in `VendorError.fieldErrors`.
*/
var SCAN_BASE_ERROR_KEY = "base";
var scanValidationErrorsSchema = union([array(union([string(), object({
	field: string().optional(),
	attribute: string().optional(),
	key: string().optional(),
	message: string().optional(),
	messages: array(string()).optional()
}).loose()])), record(string(), union([string(), array(string())]))]);
function scanValidationErrorsToFieldErrors(errors) {
	const out = {};
	const add = (field, messages) => {
		if (messages.length === 0) return;
		out[field] = [...out[field] ?? [], ...messages];
	};
	if (!errors) return out;
	if (Array.isArray(errors)) for (const item of errors) if (typeof item === "string") add(SCAN_BASE_ERROR_KEY, [item]);
	else {
		const field = item.field ?? item.attribute ?? item.key ?? "base";
		const messages = [...item.message ? [item.message] : [], ...item.messages ?? []];
		add(field, messages.length ? messages : ["is invalid"]);
	}
	else for (const [field, value] of Object.entries(errors)) add(field, Array.isArray(value) ? value : [value]);
	return out;
}
var errorBody = object({
	success: boolean().optional(),
	validation_errors: scanValidationErrorsSchema.nullish(),
	message: string().optional(),
	error: string().optional()
}).loose();
/** Scan.com error bodies → message + field errors (wire names). */
var parseScanError = (status, body) => {
	const parsed = errorBody.safeParse(body);
	if (!parsed.success) return { message: typeof body === "string" && body ? body : `HTTP ${status}` };
	const fieldErrors = scanValidationErrorsToFieldErrors(parsed.data.validation_errors);
	const first = Object.entries(fieldErrors)[0];
	return {
		message: parsed.data.message ?? parsed.data.error ?? (first ? `${first[0]} ${first[1][0] ?? ""}`.trim() : `HTTP ${status}`),
		fieldErrors
	};
};
// src/api/scan/client.ts
/**
* The Scan.com client. ALL of Scan.com's token handling lives in this module, so that a later gateway can take
* custody of the tokens in one change (replace `startScanSession`, `renew` and `scanRequest`'s Authorization
* header).
*
* - The access and refresh tokens are kept in this module's memory only: never in localStorage,
*   sessionStorage, cookies or the query cache. A page reload means a new user (by design).
* - The token is renewed before it expires (less than SCAN_REFRESH_MARGIN_MS left), and on a 401.
* - A refresh token is sent at most once (ASSUMED: the vendor rotates it and refuses a reused one with 401
*   "Invalid refresh token"; a vendor that detects reuse may also revoke what the first use issued). The
*   renewal is single-flight, and it stays single across query retries: every caller that wants to renew
*   with the same refresh token shares the same outcome, pending or settled.
* - When the answer to a renewal is lost (network error, timeout, 5xx, an unreadable answer), the vendor may
*   have used the refresh token up: it is never sent again. The session keeps its access token while it is
*   valid; once it expires or is refused, the session ends with a SessionError `lost`. A renewal refused with
*   401/403 ends the session with a SessionError `refused`. A renewal the vendor refused without processing
*   it (429, 408, another 4xx) leaves the refresh token usable.
* - A request refused with 401 was not processed, so sending it again after a renewal is safe even for a
*   mutation; it is re-sent once only.
*/
/** The raw client: no Authorization of its own (see `scanRequest`). */
var scanClient = createVendorClient({
	vendor: "scan",
	parseError: parseScanError
});
/** The successful envelope around `data`. A `success: false` answer is a separate branch (see `scanRequest`). */
function scanEnvelopeSchema(data) {
	return discriminatedUnion("success", [object({
		success: literal(true),
		validation_errors: scanValidationErrorsSchema.optional(),
		data
	}), object({
		success: literal(false),
		validation_errors: scanValidationErrorsSchema.nullish(),
		data: unknown().optional(),
		message: string().optional()
	})]);
}
var scanTokenSchema = object({
	access_token: string().min(1),
	refresh_token: string().min(1),
	/** Seconds (about a day). */
	expires_in: number().int().positive()
});
var tokens = null;
/** The renewal with `refreshToken`: its outcome is shared by every caller until the tokens change. */
var renewal = null;
/** Bumped by every new session or sign-out, so that a late renewal cannot overwrite a newer session. */
var generation = 0;
function publish(endedBecause = null) {
	publishScanSession({
		active: tokens !== null,
		expiresAt: tokens?.expiresAt ?? null,
		renewable: tokens?.renewable ?? false,
		endedBecause,
		sessionId: tokens === null ? null : generation
	});
}
function setTokens(next) {
	tokens = next;
	renewal = null;
	publish();
}
/** The session is over on the vendor's side or ours: forget it, say why, and give the caller the error. */
function endSession(reason, endpoint, cause) {
	tokens = null;
	renewal = null;
	generation++;
	publish(reason);
	return new SessionError("scan", endpoint, reason, cause);
}
function fromWire(data) {
	return {
		accessToken: data.access_token,
		refreshToken: data.refresh_token,
		expiresAt: Date.now() + data.expires_in * 1e3,
		renewable: true
	};
}
function unwrapOrThrow(endpoint, body) {
	if (body.success) return body.data;
	const fieldErrors = scanValidationErrorsToFieldErrors(body.validation_errors);
	const first = Object.entries(fieldErrors)[0];
	throw new VendorError("scan", endpoint, 422, body.message ?? (first ? `${first[0]} ${first[1][0] ?? ""}`.trim() : "Request refused"), fieldErrors, body);
}
/**
* `POST /api/v1/users`: creates the Scan.com user and keeps its tokens here. The Basic client credentials
* are added by the proxy (live) — the browser never has them. `body` is validated by the caller (./users).
*/
async function startScanSession(body, options = {}) {
	const answer = await scanClient.request({
		...scanEndpoints.createUser.at(),
		json: body,
		schema: scanEnvelopeSchema(scanTokenSchema),
		...options
	});
	const data = unwrapOrThrow(scanEndpoints.createUser.name, answer);
	generation++;
	setTokens(fromWire(data));
	return { expiresAt: getScanSessionSnapshot().expiresAt };
}
/** Whether the vendor may have processed a renewal that failed this way (then its refresh token is used up). */
function mayHaveBeenProcessed(error) {
	if (error instanceof VendorError) return error.status >= 500;
	return true;
}
var refreshEndpoint = scanEndpoints.refreshToken.name;
async function sendRenewal(current, forGeneration) {
	try {
		const next = fromWire(unwrapOrThrow(refreshEndpoint, await scanClient.request({
			...scanEndpoints.refreshToken.at(),
			json: { refresh_token: current.refreshToken },
			schema: scanEnvelopeSchema(scanTokenSchema)
		})));
		if (forGeneration === generation) setTokens(next);
		return next.accessToken;
	} catch (error) {
		if (forGeneration !== generation) throw error;
		if (error instanceof VendorError && (error.status === 401 || error.status === 403)) throw endSession("refused", refreshEndpoint, error);
		if (mayHaveBeenProcessed(error)) {
			if (tokens === current) {
				tokens = {
					...current,
					renewable: false
				};
				publish();
			}
			throw new SessionError("scan", refreshEndpoint, "lost", error);
		}
		if (renewal?.refreshToken === current.refreshToken) renewal = null;
		throw error;
	}
}
/** The one renewal per refresh token: callers share its promise, pending or settled. */
function renew() {
	const current = tokens;
	if (!current) return Promise.reject(noSession$1(refreshEndpoint));
	if (renewal?.refreshToken === current.refreshToken) return renewal.promise;
	if (!current.renewable) return Promise.reject(new SessionError("scan", refreshEndpoint, "lost"));
	const promise = sendRenewal(current, generation);
	renewal = {
		refreshToken: current.refreshToken,
		promise
	};
	return promise;
}
/** The token of a session that can no longer be renewed, while it lasts; then the session ends. */
function lastToken(endpoint, cause) {
	if (tokens && !tokens.renewable && tokens.expiresAt > Date.now()) return tokens.accessToken;
	throw endSession("lost", endpoint, cause);
}
/** Why there is no session: none began, or the last one ended on its own (then say how). */
function noSession$1(endpoint, cause) {
	return new SessionError("scan", endpoint, getScanSessionSnapshot().endedBecause ?? "missing", cause);
}
/** The access token to send now, renewed first when it is about to expire. */
async function accessToken(endpoint) {
	if (!tokens) throw noSession$1(endpoint);
	if (!tokens.renewable) return lastToken(endpoint);
	if (tokens.expiresAt - Date.now() >= 3e5) return tokens.accessToken;
	try {
		return await renew();
	} catch (error) {
		if (error instanceof SessionError && error.reason === "lost") return lastToken(endpoint, error);
		throw error;
	}
}
/** After a 401 with `used`: renew, unless another request already did (then use the newer token). */
async function tokenAfterUnauthorized(used, endpoint, refusal) {
	if (!tokens) throw noSession$1(endpoint, refusal);
	if (tokens.accessToken !== used) return tokens.accessToken;
	if (!tokens.renewable) throw endSession("lost", endpoint, refusal);
	try {
		return await renew();
	} catch (error) {
		if (error instanceof SessionError && error.reason === "lost") throw endSession("lost", endpoint, error);
		throw error;
	}
}
/**
* Sends an authenticated Scan.com request, parses the `{ success, validation_errors, data }` envelope and
* returns `data`. On a 401 it renews the tokens (once per refresh token) and sends the request once more.
*/
async function scanRequest(options) {
	const { data, ...rest } = options;
	const schema = scanEnvelopeSchema(data);
	const endpoint = rest.endpoint ?? `${rest.method ?? "GET"} ${rest.path}`;
	const send = async (token) => {
		const answer = await scanClient.request({
			...rest,
			schema,
			headers: { Authorization: `Bearer ${token}` }
		});
		return unwrapOrThrow(endpoint, answer);
	};
	const token = await accessToken(endpoint);
	try {
		return await send(token);
	} catch (error) {
		if (!(error instanceof VendorError) || error.status !== 401) throw error;
		return send(await tokenAfterUnauthorized(token, endpoint, error));
	}
}
// src/api/scan/body-parts.ts
/** `GET /api/v1/body_parts?modality=MRI`: the body parts a modality can scan (e.g. left ankle = 63). */
var scanBodyPartSchema = object({
	id: number().int().positive(),
	name: string().min(1)
});
async function listScanBodyParts(modality, options = {}) {
	return scanRequest({
		...scanEndpoints.bodyParts.at(),
		query: { modality: parseInput("scan", scanEndpoints.bodyParts.name, _enum(scanModalities), modality, { at: "modality" }) },
		data: array(scanBodyPartSchema),
		...options
	});
}
// src/api/scan/referrals.ts
/** Referrals: create, update, get, list (a referral is visible only to the user who created it). */
/** ASSUMED gender values (the guide shows "male"). */
var scanGenders = [
	"male",
	"female",
	"other"
];
/** ASSUMED referral statuses: created → submitted (patient finishes by email) or confirmed (done via API). */
var scanReferralStatuses = [
	"draft",
	"submitted",
	"confirmed"
];
/**
* Dates of birth. CONFIRMED: the guide shows `date_of_birth_iso: "1999/01/30"` and elsewhere
* `date_of_birth: "24/11/1999"`. We accept both in answers and SEND `date_of_birth_iso` as `YYYY/MM/DD`
* (the form the current guide uses).
*/
var SCAN_SENT_DOB_FIELD = "date_of_birth_iso";
var YMD_SLASH = /^(\d{4})\/(\d{2})\/(\d{2})$/;
var DMY_SLASH = /^(\d{2})\/(\d{2})\/(\d{4})$/;
var YMD_DASH = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
* A date of birth in either documented form (`1999/01/30` or `24/11/1999`), or ISO `1999-01-30`,
* → ISO `YYYY-MM-DD`; `null` when it is none of them or not a real date.
*/
function normalizeScanDateOfBirth(value) {
	let parts;
	const ymd = YMD_SLASH.exec(value) ?? YMD_DASH.exec(value);
	if (ymd) parts = [
		ymd[1],
		ymd[2],
		ymd[3]
	];
	const dmy = DMY_SLASH.exec(value);
	if (dmy) parts = [
		dmy[3],
		dmy[2],
		dmy[1]
	];
	if (!parts) return null;
	const [y, m, d] = parts;
	return isIsoDate(`${y}-${m}-${d}`) ? `${y}-${m}-${d}` : null;
}
/** ISO `YYYY-MM-DD` → the form we send, `YYYY/MM/DD` (see SCAN_SENT_DOB_FIELD). */
function toScanDateOfBirth(iso) {
	return iso.replaceAll("-", "/");
}
/** A date of birth in any accepted form, read as ISO `YYYY-MM-DD`. */
var scanDateOfBirthSchema = string().transform((value, ctx) => {
	const iso = normalizeScanDateOfBirth(value);
	if (iso === null) {
		ctx.addIssue({
			code: "custom",
			message: hasIsoDateFormat(value.replaceAll("/", "-")) || /^\d{2}\/\d{2}\/\d{4}$/.test(value) ? "validation.noSuchDate" : "validation.dateOfBirthFormat"
		});
		return NEVER;
	}
	return iso;
});
var id = number().int().positive();
/**
* Patient information as we send it. The date of birth may be given as ISO `YYYY-MM-DD` or either of the
* vendor's forms; it is sent as `date_of_birth_iso: "YYYY/MM/DD"` (see SCAN_SENT_DOB_FIELD).
* Required at creation (common to both examples in the guide): first_name, last_name, email, date of birth.
*/
var patientInformationBase = object({
	first_name: string().trim().min(1).max(255),
	last_name: string().trim().min(1).max(255),
	email: email$1(),
	date_of_birth: scanDateOfBirthSchema,
	phone: string().trim().min(1).max(50).optional(),
	address_line_1: string().trim().min(1).max(255).optional(),
	address_line_2: string().trim().min(1).max(255).optional(),
	address_city: string().trim().min(1).max(255).optional(),
	address_postcode: string().trim().min(1).max(10).optional(),
	gender: _enum(scanGenders).optional()
});
function toWirePatient(patient) {
	const { date_of_birth, ...rest } = patient;
	return date_of_birth === void 0 ? rest : {
		...rest,
		[SCAN_SENT_DOB_FIELD]: toScanDateOfBirth(date_of_birth)
	};
}
var scanPatientInformationInputSchema = patientInformationBase.transform(toWirePatient);
var scanPatientInformationPatchSchema = patientInformationBase.partial().transform(toWirePatient);
/** ASSUMED GP details shape (the guide only says "the patient's GP details"). */
var scanGpDetailsSchema = object({
	gp_name: string().trim().min(1).max(255),
	practice_name: string().trim().min(1).max(255),
	practice_address: string().trim().min(1).max(500),
	practice_postcode: string().trim().min(1).max(10),
	practice_phone: string().trim().min(1).max(50).optional()
});
/** ASSUMED answer shape: one per safety question; details when the answer is yes. */
var scanSafetyAnswerSchema = object({
	safety_question_id: id,
	answer: boolean(),
	details: string().trim().min(1).max(2e3).optional()
});
var scanCreateReferralSchema = object({
	patient_information: scanPatientInformationInputSchema,
	modality: _enum(scanModalities).optional(),
	body_part_ids: array(id).min(1).optional(),
	referral_information: string().trim().min(1).max(5e3).optional()
});
var scanUpdateReferralSchema = object({
	patient_information: scanPatientInformationPatchSchema.optional(),
	modality: _enum(scanModalities).optional(),
	body_part_ids: array(id).min(1).optional(),
	referral_information: string().trim().min(1).max(5e3).optional(),
	imaging_provider_id: id.optional(),
	gp_details: scanGpDetailsSchema.optional(),
	safety_question_answers: array(scanSafetyAnswerSchema).min(1).optional()
}).refine((body) => Object.values(body).some((value) => value !== void 0), { message: "validation.nothingToUpdate" });
var nullishString = string().nullish();
/** Patient information as the vendor answers it; the date of birth (either form) is read as ISO. */
var scanPatientInformationSchema = object({
	first_name: string(),
	last_name: string(),
	email: nullishString,
	phone: nullishString,
	date_of_birth_iso: nullishString,
	date_of_birth: nullishString,
	address_line_1: nullishString,
	address_line_2: nullishString,
	address_city: nullishString,
	address_postcode: nullishString,
	gender: _enum(scanGenders).nullish()
}).transform((patient, ctx) => {
	const { date_of_birth_iso, date_of_birth, ...rest } = patient;
	const raw = date_of_birth_iso ?? date_of_birth ?? null;
	const iso = raw === null ? null : normalizeScanDateOfBirth(raw);
	if (raw !== null && iso === null) {
		ctx.addIssue({
			code: "custom",
			message: `Unreadable date of birth "${raw}".`,
			path: ["date_of_birth"]
		});
		return NEVER;
	}
	return {
		...rest,
		date_of_birth: iso
	};
});
var scanAdditionalDocumentSchema = object({
	id,
	file_name: string(),
	content_type: string().nullish(),
	size: number().int().nonnegative().nullish(),
	created_at: string().nullish()
});
var scanReferralSchema = object({
	id,
	status: _enum(scanReferralStatuses),
	patient_information: scanPatientInformationSchema,
	modality: _enum(scanModalities).nullish(),
	body_part_ids: array(id).nullish().transform((v) => v ?? []),
	referral_information: nullishString,
	imaging_provider_id: id.nullish(),
	time_slot_ids: array(id).nullish().transform((v) => v ?? []),
	gp_details: scanGpDetailsSchema.nullish(),
	safety_question_answers: array(scanSafetyAnswerSchema).nullish().transform((v) => v ?? []),
	additional_documents: array(scanAdditionalDocumentSchema).nullish().transform((v) => v ?? []),
	created_at: string(),
	updated_at: string().nullish()
});
/** `POST /api/v1/referrals` */
async function createScanReferral(input, options = {}) {
	const json = parseInput("scan", scanEndpoints.createReferral.name, scanCreateReferralSchema, input);
	return scanRequest({
		...scanEndpoints.createReferral.at(),
		json,
		data: scanReferralSchema,
		...options
	});
}
/** `PATCH /api/v1/referrals/{referral_id}` (assumed path of "Update a referral"). */
async function updateScanReferral(referralId, input, options = {}) {
	const endpoint = scanEndpoints.updateReferral;
	const json = parseInput("scan", endpoint.name, scanUpdateReferralSchema, input);
	return scanRequest({
		...endpoint.at({ referral_id: parseInput("scan", endpoint.name, id, referralId, { at: "referralId" }) }),
		json,
		data: scanReferralSchema,
		...options
	});
}
/** `GET /api/v1/referrals/{referral_id}` (assumed). */
async function getScanReferral(referralId, options = {}) {
	return scanRequest({
		...scanEndpoints.getReferral.at({ referral_id: parseInput("scan", scanEndpoints.getReferral.name, id, referralId, { at: "referralId" }) }),
		data: scanReferralSchema,
		...options
	});
}
/** `GET /api/v1/referrals`: the current user's referrals (a referral is visible only to the user who created it). */
async function listScanReferrals(options = {}) {
	return scanRequest({
		...scanEndpoints.listReferrals.at(),
		data: array(scanReferralSchema),
		...options
	});
}
// src/api/scan/confirmation.ts
/**
* Before confirming, the patient's GP details and the answers to the safety questions are added with the
* "Update a referral" endpoint (CONFIRMED). The list of safety questions varies with the referral
* (ASSUMED endpoint `GET /api/v1/referrals/{id}/safety_questions`, ASSUMED shape below).
*/
var scanSafetyQuestionSchema = object({
	id: number().int().positive(),
	question: string().min(1),
	/** Whether a "yes" needs `details`. */
	details_required_if_yes: boolean().nullish()
});
async function listScanSafetyQuestions(referralId, options = {}) {
	return scanRequest({
		...scanEndpoints.safetyQuestions.at({ referral_id: referralId }),
		data: array(scanSafetyQuestionSchema),
		...options
	});
}
async function setScanGpDetails(referralId, gpDetails, options = {}) {
	return updateScanReferral(referralId, { gp_details: parseInput("scan", scanEndpoints.updateReferral.name, scanGpDetailsSchema, gpDetails, { at: "gp_details" }) }, options);
}
/** Each question answered once. */
var scanSafetyAnswersSchema = array(scanSafetyAnswerSchema).min(1).refine((answers) => new Set(answers.map((a) => a.safety_question_id)).size === answers.length, { message: "validation.duplicate" });
async function answerScanSafetyQuestions(referralId, answers, options = {}) {
	return updateScanReferral(referralId, { safety_question_answers: parseInput("scan", scanEndpoints.updateReferral.name, scanSafetyAnswersSchema, answers, { at: "safety_question_answers" }) }, options);
}
// src/api/scan/documents.ts
/** CONFIRMED: at most 25 MB per additional document (25 × 1024 × 1024 bytes ASSUMED, not 25 × 10^6). */
var SCAN_MAX_DOCUMENT_BYTES = 26214400;
/**
* `POST /api/v1/referrals/{id}/additional_documents` (CONFIRMED): multipart/form-data with one `file`
* field, any file type, at most 25 MB, one file per request.
*/
var scanAdditionalDocumentFileSchema = custom((value) => value instanceof Blob, { message: "validation.fileRequired" }).refine((file) => file.size > 0, { message: "validation.fileEmpty" }).refine((file) => file.size <= SCAN_MAX_DOCUMENT_BYTES, {
	message: "validation.fileTooLarge",
	params: { megabytes: SCAN_MAX_DOCUMENT_BYTES / 1024 / 1024 }
});
async function uploadScanDocument(referralId, file, options = {}) {
	const checked = parseInput("scan", scanEndpoints.uploadDocument.name, scanAdditionalDocumentFileSchema, file, { at: "file" });
	const form = new FormData();
	const { fileName, ...call } = options;
	const name = fileName ?? (checked instanceof File ? checked.name : "document");
	form.append("file", checked, name);
	return scanRequest({
		...scanEndpoints.uploadDocument.at({ referral_id: referralId }),
		form,
		data: scanAdditionalDocumentSchema,
		timeoutMs: 12e4,
		...call
	});
}
// src/api/scan/imaging-providers.ts
/**
* `GET /api/v1/imaging_providers`: providers that can do `modality` for `body_part_ids` (CONFIRMED
* parameters), near `location` (ASSUMED: a postcode or town). ASSUMED provider shape below.
*/
var scanImagingProviderSearchSchema = object({
	modality: _enum(scanModalities),
	body_part_ids: array(number().int().positive()).min(1),
	location: string().trim().min(1).max(100).optional()
});
var scanImagingProviderSchema = object({
	id: number().int().positive(),
	name: string().min(1),
	address: string().nullish(),
	postcode: string().nullish(),
	distance_miles: number().nonnegative().nullish(),
	/** GBP. */
	price: number().nonnegative().nullish(),
	modalities: array(_enum(scanModalities)).nullish()
});
async function listScanImagingProviders(search, options = {}) {
	const params = parseInput("scan", scanEndpoints.imagingProviders.name, scanImagingProviderSearchSchema, search);
	return scanRequest({
		...scanEndpoints.imagingProviders.at(),
		query: {
			modality: params.modality,
			[SCAN_BODY_PART_IDS_PARAM]: params.body_part_ids,
			location: params.location
		},
		data: array(scanImagingProviderSchema),
		...options
	});
}
/** CONFIRMED: the provider is chosen by updating the referral with `{ "imaging_provider_id": 203 }`. */
async function setScanImagingProvider(referralId, imagingProviderId, options = {}) {
	return updateScanReferral(referralId, { imaging_provider_id: imagingProviderId }, options);
}
// src/api/scan/keys.ts
/**
* Query keys of every Scan.com query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under
* it; a new user drops everything under `all` (the previous user's referrals are not this user's).
*/
var scanKeys = {
	all: ["scan"],
	referrals: () => [...scanKeys.all, "referrals"],
	referralList: () => [...scanKeys.referrals(), "list"],
	referral: (referralId) => [
		...scanKeys.referrals(),
		"detail",
		referralId
	],
	bodyParts: () => [...scanKeys.all, "body-parts"],
	bodyPartList: (modality) => [...scanKeys.bodyParts(), modality],
	imagingProviders: () => [...scanKeys.all, "imaging-providers"],
	imagingProviderList: (search) => [...scanKeys.imagingProviders(), search],
	timeSlots: () => [...scanKeys.all, "time-slots"],
	timeSlotList: (referralId, filter = {}) => [
		...scanKeys.timeSlots(),
		referralId,
		filter
	],
	safetyQuestions: () => [...scanKeys.all, "safety-questions"],
	safetyQuestionList: (referralId) => [...scanKeys.safetyQuestions(), referralId]
};
// src/api/scan/submission.ts
/**
* Submit (CONFIRMED `PATCH /api/v1/referrals/{id}/submit`): needs body_part_ids, modality and
* referral_information; Scan.com then emails the patient to choose a centre and a time, answer the safety
* questions and pay. Confirm (ASSUMED `PATCH …/confirm`): everything entered through the API instead —
* provider, time slots, GP details and every safety answer. Both answer the referral. The vendor checks the
* required fields; its validation errors arrive as field errors on the VendorError.
*/
async function submitScanReferral(referralId, options = {}) {
	return scanRequest({
		...scanEndpoints.submit.at({ referral_id: referralId }),
		data: scanReferralSchema,
		...options
	});
}
async function confirmScanReferral(referralId, options = {}) {
	return scanRequest({
		...scanEndpoints.confirm.at({ referral_id: referralId }),
		data: scanReferralSchema,
		...options
	});
}
function instantOf(value) {
	try {
		return parseOffsetTimestamp(value).getTime();
	} catch (error) {
		if (isMappingError(error)) return null;
		throw error;
	}
}
/** An offset timestamp such as `2022-09-28T12:00:00.000+01:00`, kept as written. */
var offsetTimestamp = string().refine((value) => instantOf(value) !== null, { message: "Expected a timestamp with its offset, e.g. 2022-09-28T12:00:00.000+01:00." });
var blockIds = array(number().int().positive()).min(1).refine((ids) => new Set(ids).size === ids.length, { message: "validation.duplicate" });
/**
* One appointment slot: several 15-minute blocks, each with its own id (CONFIRMED). The slot must last
* exactly `ids.length × 15` minutes.
*/
var scanTimeSlotSchema = object({
	ids: blockIds,
	start_time: offsetTimestamp,
	end_time: offsetTimestamp
}).refine((slot) => {
	const start = instantOf(slot.start_time);
	const end = instantOf(slot.end_time);
	if (start === null || end === null || !Array.isArray(slot.ids)) return true;
	return end - start === slot.ids.length * 15 * 6e4;
}, { message: "A slot lasts 15 minutes per block id." });
/** ASSUMED optional filter: one day (`YYYY-MM-DD`, the provider's local day). */
var scanTimeSlotFilterSchema = object({ date: string().superRefine(refineIsoDate).optional() });
var scanPickTimeSlotsSchema = object({ time_slot_ids: blockIds });
/** The free slots at the referral's imaging provider (set the provider first). */
async function listScanTimeSlots(referralId, filter = {}, options = {}) {
	return scanRequest({
		...scanEndpoints.listTimeSlots.at({ referral_id: referralId }),
		query: parseInput("scan", scanEndpoints.listTimeSlots.name, scanTimeSlotFilterSchema, filter),
		data: array(scanTimeSlotSchema),
		...options
	});
}
/** CONFIRMED body `{ "time_slot_ids": [16523, 16539, 16571] }`: every block of the chosen slot. */
async function pickScanTimeSlots(referralId, timeSlotIds, options = {}) {
	return scanRequest({
		...scanEndpoints.pickTimeSlots.at({ referral_id: referralId }),
		json: parseInput("scan", scanEndpoints.pickTimeSlots.name, scanPickTimeSlotsSchema, { time_slot_ids: timeSlotIds }),
		data: scanReferralSchema,
		...options
	});
}
// src/api/scan/users.ts
/**
* `POST /api/v1/users`. The reference lists five strings (three required) and a boolean "If true, we will
* send marketing emails to this user" defaulting to false. ASSUMED names: first_name, last_name, email
* (required), phone (optional), and `marketing_opt_in`.
*/
var scanCreateUserSchema = object({
	first_name: string().trim().min(1).max(255),
	last_name: string().trim().min(1).max(255),
	email: email$1(),
	phone: string().trim().min(1).max(50).optional(),
	marketing_opt_in: boolean().default(false)
});
/** Creates the user and starts its session (tokens stay in ./client). Resolves with the expiry only. */
async function createScanUser(input, options = {}) {
	return startScanSession(parseInput("scan", scanEndpoints.createUser.name, scanCreateUserSchema, input), options);
}
// src/api/scan/queries.ts
var scanReferralsQuery = () => queryOptions({
	queryKey: scanKeys.referralList(),
	queryFn: ({ signal }) => listScanReferrals({ signal })
});
var scanReferralQuery = (referralId) => queryOptions({
	queryKey: scanKeys.referral(referralId),
	queryFn: ({ signal }) => getScanReferral(referralId, { signal })
});
var scanBodyPartsQuery = (modality) => queryOptions({
	queryKey: scanKeys.bodyPartList(modality),
	queryFn: ({ signal }) => listScanBodyParts(modality, { signal }),
	staleTime: 36e5
});
var scanImagingProvidersQuery = (search) => queryOptions({
	queryKey: scanKeys.imagingProviderList(search),
	queryFn: ({ signal }) => listScanImagingProviders(search, { signal })
});
var scanTimeSlotsQuery = (referralId, filter = {}) => queryOptions({
	queryKey: scanKeys.timeSlotList(referralId, filter),
	queryFn: ({ signal }) => listScanTimeSlots(referralId, filter, { signal }),
	staleTime: 0
});
var scanSafetyQuestionsQuery = (referralId) => queryOptions({
	queryKey: scanKeys.safetyQuestionList(referralId),
	queryFn: ({ signal }) => listScanSafetyQuestions(referralId, { signal })
});
/** Creating a user switches the session: everything cached for the previous user is dropped. */
function useCreateScanUser({ mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (input) => createScanUser(input),
		onSuccess: () => queryClient.removeQueries({ queryKey: scanKeys.all })
	}, mutationConfig));
}
function useScanReferrals({ queryConfig } = {}) {
	return useQuery({
		...scanReferralsQuery(),
		...queryConfig
	});
}
function useScanReferral(referralId, { queryConfig } = {}) {
	return useQuery({
		...scanReferralQuery(referralId ?? 0),
		enabled: referralId !== void 0,
		...queryConfig
	});
}
function useScanBodyParts(modality, { queryConfig } = {}) {
	return useQuery({
		...scanBodyPartsQuery(modality ?? "MRI"),
		enabled: modality !== void 0,
		...queryConfig
	});
}
function useScanImagingProviders(search, { queryConfig } = {}) {
	return useQuery({
		...scanImagingProvidersQuery(search ?? {
			modality: "MRI",
			body_part_ids: []
		}),
		enabled: search !== void 0,
		...queryConfig
	});
}
/** One file per call; upload several files one after another. */
function useUploadScanDocument(referralId, { mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: ({ file, fileName }) => uploadScanDocument(referralId, file, { fileName }),
		onSuccess: () => queryClient.invalidateQueries({ queryKey: scanKeys.referral(referralId) })
	}, mutationConfig));
}
function useScanTimeSlots(referralId, filter = {}, { queryConfig } = {}) {
	return useQuery({
		...scanTimeSlotsQuery(referralId ?? 0, filter),
		enabled: referralId !== void 0,
		...queryConfig
	});
}
/** A booked block disappears from every list of slots: refresh them and the referral. */
function usePickScanTimeSlots(referralId, { mutationConfig } = {}) {
	const queryClient = useQueryClient();
	return useMutation(withMutationConfig({
		mutationFn: (timeSlotIds) => pickScanTimeSlots(referralId, timeSlotIds),
		onSuccess: (referral) => {
			queryClient.setQueryData(scanKeys.referral(referral.id), referral);
			return Promise.all([queryClient.invalidateQueries({ queryKey: scanKeys.timeSlots() }), queryClient.invalidateQueries({ queryKey: scanKeys.referrals() })]);
		}
	}, mutationConfig));
}
function useScanSafetyQuestions(referralId, { queryConfig } = {}) {
	return useQuery({
		...scanSafetyQuestionsQuery(referralId ?? 0),
		enabled: referralId !== void 0,
		...queryConfig
	});
}
// src/api/postdicom/common.ts
/**
* Shapes shared by several method groups. Results keep the vendor's field names (PascalCase), so that a
* field renamed by the vendor shows as a ContractError naming that very field.
*/
/** Every successful callback carries `Success: true` (a `Success: false` is turned into a VendorError first). */
var postDicomSuccessSchema = object({
	Success: literal(true),
	Message: string().optional()
});
/** DICOM modality codes (PS3.3 C.7.3.1.1.1 defined terms, current and common retired ones). */
var POSTDICOM_MODALITIES = [
	"CR",
	"CT",
	"MR",
	"US",
	"DX",
	"MG",
	"NM",
	"PT",
	"XA",
	"RF",
	"OT",
	"IO",
	"PX",
	"ES",
	"OP",
	"OPT",
	"SC",
	"SR",
	"DOC",
	"ECG",
	"RG",
	"BMD",
	"XC",
	"GM",
	"SM",
	"IVUS",
	"OCT",
	"HD",
	"EPS",
	"KO",
	"PR",
	"SEG",
	"RTIMAGE",
	"RTDOSE",
	"RTSTRUCT",
	"RTPLAN",
	"DG",
	"LS",
	"TG",
	"AU",
	"BI",
	"CP",
	"DM",
	"DS",
	"HC",
	"LP",
	"MA",
	"MS",
	"ST",
	"VF",
	"DR",
	"CD",
	"DD",
	"EC",
	"FA",
	"FS",
	"CF",
	"VL",
	"IVOCT",
	"OAM",
	"OPM",
	"OPV",
	"PLAN",
	"REG",
	"RESP",
	"RWV",
	"SMR",
	"SRF",
	"TEXTUREMAP",
	"M3D",
	"OSS",
	"POS",
	"LEN",
	"KER",
	"VA",
	"XAPS",
	"ASMT",
	"BDUS",
	"FID",
	"IOL",
	"OPTBSV",
	"OPTENF",
	"RTRECORD",
	"STAIN",
	"CTPROTOCOL"
];
var postDicomModalitySchema = _enum(POSTDICOM_MODALITIES);
/** Modalities in results: one code, or several separated by `\` or `,` (as DICOM and PACSs write them). */
var postDicomResultModalitySchema = string().refine((value) => value === "" || value.split(/[\\,]/).every((code) => POSTDICOM_MODALITIES.includes(code.trim())), { message: "Not a DICOM modality code." });
/** `YYYY-MM-DD`, a real calendar date. */
var postDicomIsoDateSchema = string().superRefine(refineIsoDate);
/** `HH:MM`, 24 h. */
var postDicomHhmmSchema = string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.time24hm");
/** `YYYY-MM-DD HH:MM` (CreateOrderWithJSON's PerformedDatetime). */
var postDicomDateTimeSchema = string().regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/, "validation.dateTimeFormat").refine((value) => isIsoDate(value.slice(0, 10)), "validation.noSuchDate");
/** An id the library gave us (user, institution, order, folder…). Non-empty; the vendor does not promise GUIDs. */
var postDicomIdSchema = string().trim().min(1);
/** A GUID (`00000000-0000-0000-0000-000000000000`), as the doc requires for ScheduledEquipmentUuid. */
var postDicomGuidSchema = guid();
var postDicomIdListSchema = array(postDicomIdSchema);
var postDicomNonEmptyIdListSchema = array(postDicomIdSchema).min(1);
/** "M", "F", "O" or empty. */
var postDicomPatientSexSchema = _enum([
	"M",
	"F",
	"O",
	""
]);
/**
* DICOM person name: `LAST NAME^FIRST NAME^MIDDLE NAME` (the vendor splits on `^`).
* At most five components, no control characters, 64 characters per component group (DICOM PN).
*/
var postDicomPatientNameSchema = string().trim().min(1).max(194).refine((value) => value.split("^").length <= 5, "validation.dicomNameComponents").refine((value) => !/[\\\p{Cc}]/u.test(value), "validation.noControlCharacters");
/** Today's local date, `YYYY-MM-DD`. */
function todayIso(now = /* @__PURE__ */ new Date()) {
	return (0, import_dayjs_min.default)(now).format("YYYY-MM-DD");
}
/** An expiry date for a share: `YYYY-MM-DD`, today or later (a past date is refused before calling). */
var postDicomExpireDateSchema = postDicomIsoDateSchema.refine((value) => value >= todayIso(), {
	message: "validation.dateInPast",
	params: { code: "expired-date" }
});
var postDicomEmailSchema = email$1();
/** An order as the search methods return it (`SearchResultList[]`). */
var postDicomOrderSummarySchema = object({
	PatientOrderUuid: postDicomIdSchema,
	PatientOrderInstitutionUuid: postDicomIdSchema,
	PatientName: string(),
	PatientId: string(),
	OtherPatientId: string().optional(),
	PatientBirthDate: string().optional(),
	PatientSex: postDicomPatientSexSchema.optional(),
	OrderModality: postDicomResultModalitySchema,
	AccessionNumber: string().optional(),
	StudyDescription: string().optional(),
	OrderDate: string(),
	OrderTime: string().optional(),
	InstitutionName: string().optional(),
	ConnectedGroupUuid: string().nullable().optional(),
	ImageCount: number().int().nonnegative().optional(),
	FlagGroupId: string().nullable().optional(),
	FlagId: string().nullable().optional()
});
var postDicomFailureSchema = object({
	Success: literal(false),
	Message: string().optional()
});
function toPostDicomVendorError(method, body) {
	const parsed = postDicomFailureSchema.safeParse(body);
	const message = (parsed.success ? parsed.data.Message : void 0) || `${method} failed.`;
	return new VendorError("postdicom", method, 0, message, {}, body);
}
/**
* Parses an adapter input with zod, or throws the service layer's `InputError` (nothing is sent), with
* `code` set by the first issue that names one (`expired-date`), else `invalid-input`.
*/
function parsePostDicomInput(method, schema, input) {
	return parseInput("postdicom", method, schema, input, { code: "invalid-input" });
}
/** The vendor's script could not be loaded (blocked, 404, offline) or did not define its global. */
var PostDicomLibraryLoadError = class extends NetworkError {
	reason;
	libraryUrl;
	constructor(reason, libraryUrl, cause) {
		super("postdicom", "loadLibrary", cause);
		this.reason = reason;
		this.libraryUrl = libraryUrl;
		this.name = "PostDicomLibraryLoadError";
		this.message = reason === "script-error" ? `The PostDICOM library could not be loaded from ${libraryUrl}.` : reason === "global-missing" ? `The script at ${libraryUrl} did not define postDicomCloudApi.` : "The PostDICOM configuration has no usable library URL.";
	}
};
// src/api/postdicom/endpoints.ts
/**
* PostDICOM's endpoints. PostDICOM is a browser library, so its "endpoints" are the library's methods
* (positional parameters, a callback; see ./library.ts for their signatures), plus one HTTP endpoint of the
* console's own server that hands the library its keys. Every documented method is listed (the `satisfies`
* makes a missing one a type error), with whether it reads or changes data and what the vendor's page leaves
* open (CONFIRMED: the signature is in the vendor's page; ASSUMED: our reading). A method's name is its
* endpoint name in errors and logs.
*/
var postDicomEndpoints = { 
/** The server's `{ apiKey, accountKey, libraryUrl }` (build/vendor-proxy.ts now, the gateway later). */
config: defineEndpoint("GET", "/config") };
// src/api/postdicom/library.ts
/** The global the vendor's script defines (`new postDicomCloudApi(apiKey, accountKey)`). */
var POSTDICOM_GLOBAL = "postDicomCloudApi";
// src/api/postdicom/loader.ts
/**
* Loads the vendor's library lazily, on the first adapter call:
* 1. `GET /api/postdicom/config` gives `{ apiKey, accountKey, libraryUrl }` from the server's environment
*    (the dev/preview proxy now, the gateway later);
* 2. if the global `postDicomCloudApi` is already there (the page already has the script), it is used;
*    otherwise a `<script>` with `libraryUrl` is injected and we wait for the global;
* 3. `new postDicomCloudApi(apiKey, accountKey)`, as the vendor's page says. `Initialize` is called by
*    ./client.ts before any other method.
* The keys are only held in this module's memory: never in the bundle, browser storage or a URL. Nothing here
* knows about mock mode: the mock (mocks/postdicom) defines the global and answers the config itself.
*/
/** The vendor's published URL, used when the server's config gives none. */
var POSTDICOM_LIBRARY_URL = "https://www.postdicom.com/cloud-api/PostDicomCloudApi.min.v10.8.js";
var POSTDICOM_LOAD_TIMEOUT_MS = 15e3;
var postDicomConfigSchema = object({
	apiKey: string().min(1),
	accountKey: string().min(1),
	/** May be empty: then `POSTDICOM_LIBRARY_URL` or the configured one is used. */
	libraryUrl: union([literal(""), url({ protocol: /^https?$/ })])
});
var settings = {
	libraryUrl: POSTDICOM_LIBRARY_URL,
	loadTimeoutMs: POSTDICOM_LOAD_TIMEOUT_MS
};
var configClient = createVendorClient({
	vendor: "postdicom",
	parseError: (status, body) => {
		const parsed = postDicomFailureSchema.safeParse(body);
		return { message: (parsed.success ? parsed.data.Message : void 0) ?? `HTTP ${status}` };
	}
});
function fetchPostDicomConfig() {
	return configClient.request({
		...postDicomEndpoints.config.at(),
		schema: postDicomConfigSchema,
		timeoutMs: settings.loadTimeoutMs
	});
}
function currentGlobal() {
	const value = globalThis[POSTDICOM_GLOBAL];
	return typeof value === "function" ? value : void 0;
}
/** Injects the vendor's script and waits for its global; typed errors on failure, load error or timeout. */
function injectPostDicomLibraryScript(url, timeoutMs = settings.loadTimeoutMs) {
	return new Promise((resolve, reject) => {
		const script = document.createElement("script");
		script.src = url;
		script.async = true;
		script.type = "text/javascript";
		script.dataset.postdicomLibrary = "true";
		const cleanup = (removeScript) => {
			clearTimeout(timer);
			script.removeEventListener("load", onLoad);
			script.removeEventListener("error", onError);
			if (removeScript) script.remove();
		};
		const onLoad = () => {
			const ctor = currentGlobal();
			cleanup(!ctor);
			if (ctor) resolve(ctor);
			else reject(new PostDicomLibraryLoadError("global-missing", url));
		};
		const onError = (event) => {
			cleanup(true);
			reject(new PostDicomLibraryLoadError("script-error", url, event));
		};
		const timer = setTimeout(() => {
			cleanup(true);
			reject(new TimeoutError("postdicom", "loadLibrary", timeoutMs));
		}, timeoutMs);
		script.addEventListener("load", onLoad);
		script.addEventListener("error", onError);
		document.head.append(script);
	});
}
async function load() {
	const config = await fetchPostDicomConfig();
	return new ((currentGlobal()) ?? await (injectPostDicomLibraryScript(config.libraryUrl || settings.libraryUrl)))(config.apiKey, config.accountKey);
}
var instance = null;
/** The library object, created once (a failed load is retried by the next call). */
function loadPostDicomLibrary() {
	if (!instance) {
		instance = load();
		instance.catch(() => {
			instance = null;
		});
	}
	return instance;
}
var timeouts = {
	call: 3e4,
	uploadIdle: 12e4
};
function isFailure(result) {
	return typeof result === "object" && result !== null && result.Success === false;
}
function abortError$2(signal) {
	return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
/**
* Turns one callback-style library call into a promise:
* `{ Success: false, Message }` → VendorError; a result failing `schema` → ContractError (method + field path);
* no callback within the time limit → TimeoutError. Late or repeated callbacks are ignored.
*/
function callPostDicomLibrary(api, call, options = {}) {
	const timeoutMs = options.timeoutMs ?? timeouts.call;
	return new Promise((resolve, reject) => {
		let settled = false;
		const finish = (action) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			options.signal?.removeEventListener("abort", onAbort);
			action();
		};
		const onAbort = () => finish(() => reject(abortError$2(options.signal)));
		const timer = setTimeout(() => finish(() => reject(new TimeoutError("postdicom", call.method, timeoutMs))), timeoutMs);
		if (options.signal?.aborted) return onAbort();
		options.signal?.addEventListener("abort", onAbort);
		const callback = (result) => finish(() => {
			if (isFailure(result)) return reject(toPostDicomVendorError(call.method, result));
			const parsed = call.schema.safeParse(result);
			if (!parsed.success) return reject(new ContractError("postdicom", call.method, toContractIssues(parsed.error)));
			resolve(parsed.data);
		});
		try {
			call.invoke(api, callback);
		} catch (error) {
			if (error instanceof InputError) return finish(() => reject(error));
			finish(() => reject(toPostDicomVendorError(call.method, {
				Success: false,
				Message: error instanceof Error ? error.message : String(error)
			})));
		}
	});
}
/**
* A call whose callback fires many times (uploads): each event parsed with `eventSchema` goes to `onEvent`,
* the one parsed with `doneSchema` resolves. The time limit restarts at each event (an idle timeout).
*/
function callPostDicomLibraryStream(api, call, onEvent, options = {}) {
	const timeoutMs = options.timeoutMs ?? timeouts.uploadIdle;
	return new Promise((resolve, reject) => {
		let settled = false;
		let timer;
		const finish = (action) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			options.signal?.removeEventListener("abort", onAbort);
			action();
		};
		const arm = () => {
			clearTimeout(timer);
			timer = setTimeout(() => finish(() => reject(new TimeoutError("postdicom", call.method, timeoutMs))), timeoutMs);
		};
		const onAbort = () => finish(() => reject(abortError$2(options.signal)));
		arm();
		if (options.signal?.aborted) return onAbort();
		options.signal?.addEventListener("abort", onAbort);
		const callback = (result) => {
			if (settled) return;
			if (isFailure(result)) return finish(() => reject(toPostDicomVendorError(call.method, result)));
			const done = call.doneSchema.safeParse(result);
			if (done.success) return finish(() => resolve(done.data));
			const event = call.eventSchema.safeParse(result);
			if (!event.success) {
				const error = done.error.issues.length <= event.error.issues.length ? done.error : event.error;
				return finish(() => reject(new ContractError("postdicom", call.method, toContractIssues(error))));
			}
			arm();
			onEvent(event.data);
		};
		try {
			call.invoke(api, callback);
		} catch (error) {
			if (error instanceof InputError) return finish(() => reject(error));
			finish(() => reject(toPostDicomVendorError(call.method, {
				Success: false,
				Message: error instanceof Error ? error.message : String(error)
			})));
		}
	});
}
/** `Initialize` calls back with `{ Success, Message, Account }`: the account, its users and its institutions. */
var postDicomUserSchema = object({
	UserUuid: postDicomIdSchema,
	UserName: string(),
	FirstName: string().optional(),
	LastName: string().optional(),
	Email: string().optional()
});
var postDicomInstitutionSchema = object({
	InstitutionUuid: postDicomIdSchema,
	InstitutionName: string()
});
var postDicomAccountSchema = object({
	AccountUuid: postDicomIdSchema.optional(),
	AccountName: string().optional(),
	UserList: array(postDicomUserSchema),
	InstitutionList: array(postDicomInstitutionSchema)
});
var postDicomInitializeResultSchema = postDicomSuccessSchema.extend({ Account: postDicomAccountSchema });
var session = null;
async function open(options) {
	const api = await loadPostDicomLibrary();
	return {
		api,
		account: (await callPostDicomLibrary(api, {
			method: "Initialize",
			invoke: (lib, callback) => lib.Initialize(callback),
			schema: postDicomInitializeResultSchema
		}, options)).Account
	};
}
/**
* Loads the library (first use only) and calls `Initialize` once; every other method waits for it, as the
* vendor says to initializePostDicom first. `force` calls `Initialize` again (e.g. to refresh the user list).
* A failure is not cached: the next call tries again.
*/
function openPostDicomSession(options = {}) {
	if (!session || options.force) {
		const opening = open(options);
		session = opening;
		opening.catch(() => {
			if (session === opening) session = null;
		});
	}
	return session;
}
/** The initialized library object. */
async function getPostDicomApi(options = {}) {
	return (await openPostDicomSession(options)).api;
}
/** Opens the session if needed, then calls one library method (see `callPostDicomLibrary` for the error mapping). */
async function runPostDicom(call, options = {}) {
	return callPostDicomLibrary(await getPostDicomApi(options), call, options);
}
var progressValue = number().min(0).max(100);
var postDicomUploadProgressEventSchema = object({
	State: _enum(["Reading", "Sending"]),
	Progress: progressValue
}).transform((event) => ({
	state: event.State,
	progress: event.Progress
}));
var postDicomUploadCompletedSchema = object({
	State: literal("File Upload Completed"),
	Progress: progressValue,
	Success: literal(true).optional()
}).transform((event) => ({
	state: event.State,
	progress: event.Progress
}));
/** Runs one runPostDicomUpload in the session: progress events to `onProgress`, resolves with the completion event. */
async function runPostDicomUpload(method, invoke, options) {
	const done = await callPostDicomLibraryStream(await getPostDicomApi(options), {
		method,
		invoke,
		eventSchema: postDicomUploadProgressEventSchema,
		doneSchema: postDicomUploadCompletedSchema
	}, (event) => options.onProgress?.(event), options);
	options.onProgress?.(done);
	return done;
}
// src/api/postdicom/orders.ts
/**
* Method group "orders": the three searches (filters, date range, in folder), GetPatientOrderProperties,
* GetViewUrl and DeleteOrder (moves the order to the recycle bin).
*/
var postDicomOrderSearchResultSchema = postDicomSuccessSchema.extend({ SearchResultList: array(postDicomOrderSummarySchema) });
var postDicomOrderFiltersSchema = object({
	userUuid: postDicomIdSchema,
	/** Empty: every institution. */
	institutionUuidList: postDicomIdListSchema.default([]),
	patientName: string().trim().default(""),
	accessionNumber: string().trim().max(16).default(""),
	patientId: string().trim().default(""),
	otherPatientId: string().trim().default(""),
	/** Empty: every modality. */
	modalities: array(postDicomModalitySchema).default([])
});
var postDicomOrderDateRangeFiltersSchema = postDicomOrderFiltersSchema.extend({
	/** `YYYY-MM-DD`; empty: open. */
	startDate: union([literal(""), postDicomIsoDateSchema]).default(""),
	endDate: union([literal(""), postDicomIsoDateSchema]).default("")
}).refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
	message: "validation.windowReversed",
	path: ["endDate"]
});
var postDicomOrdersInFolderInputSchema = object({
	userUuid: postDicomIdSchema,
	folderUuid: postDicomIdSchema
});
/** `GetPatientOrderList(callback, userUuid, institutionUuidList, patientName, accessionNumber, patientId, otherPatientId, modalities)`. */
async function getPostDicomPatientOrderList(filters, options = {}) {
	const f = parsePostDicomInput("GetPatientOrderList", postDicomOrderFiltersSchema, filters);
	return (await runPostDicom({
		method: "GetPatientOrderList",
		invoke: (api, cb) => api.GetPatientOrderList(cb, f.userUuid, f.institutionUuidList, f.patientName, f.accessionNumber, f.patientId, f.otherPatientId, f.modalities),
		schema: postDicomOrderSearchResultSchema
	}, options)).SearchResultList;
}
/**
* `GetPatientOrderListWithDateRange(…, startDate, endDate)`. Dates are passed as `YYYY-MM-DD` strings
* (the doc only says "date"; unconfirmed) or empty.
*/
async function getPostDicomPatientOrderListWithDateRange(filters, options = {}) {
	const f = parsePostDicomInput("GetPatientOrderListWithDateRange", postDicomOrderDateRangeFiltersSchema, filters);
	return (await runPostDicom({
		method: "GetPatientOrderListWithDateRange",
		invoke: (api, cb) => api.GetPatientOrderListWithDateRange(cb, f.userUuid, f.institutionUuidList, f.patientName, f.accessionNumber, f.patientId, f.otherPatientId, f.modalities, f.startDate, f.endDate),
		schema: postDicomOrderSearchResultSchema
	}, options)).SearchResultList;
}
/** `GetPatientOrderListInFolder(callback, userUuid, folderUuid)`. */
async function getPostDicomPatientOrderListInFolder(input, options = {}) {
	const v = parsePostDicomInput("GetPatientOrderListInFolder", postDicomOrdersInFolderInputSchema, input);
	return (await runPostDicom({
		method: "GetPatientOrderListInFolder",
		invoke: (api, cb) => api.GetPatientOrderListInFolder(cb, v.userUuid, v.folderUuid),
		schema: postDicomOrderSearchResultSchema
	}, options)).SearchResultList;
}
var postDicomOrderRefSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderInstitutionUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema
});
/** Every property of an order: the search fields plus whatever else the vendor sends (kept, not stripped). */
var postDicomOrderPropertiesSchema = looseObject({
	...postDicomOrderSummarySchema.shape,
	ReferringPhysiciansName: string().optional(),
	PatientComplaints: string().optional(),
	RequestedProcedureId: string().optional(),
	RequestingProcedureDescription: string().optional(),
	ScheduledEquipmentUuid: string().optional(),
	AssignedUserUuidList: array(string()).optional(),
	AssignedUserGroupUuidList: array(string()).optional(),
	FolderUuidList: array(string()).optional(),
	DocumentList: array(object({
		FileName: string(),
		Size: number().int().nonnegative()
	})).optional()
});
var postDicomOrderPropertiesResultSchema = postDicomSuccessSchema.extend({ PatientOrderProperties: postDicomOrderPropertiesSchema });
/** `GetPatientOrderProperties(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`. */
async function getPostDicomPatientOrderProperties(input, options = {}) {
	const v = parsePostDicomInput("GetPatientOrderProperties", postDicomOrderRefSchema, input);
	return (await runPostDicom({
		method: "GetPatientOrderProperties",
		invoke: (api, cb) => api.GetPatientOrderProperties(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
		schema: postDicomOrderPropertiesResultSchema
	}, options)).PatientOrderProperties;
}
/** `DeleteOrder(userUuid, patientOrderInstitutionUuid, patientOrderUuid, callback)`: moves the order to the recycle bin. */
async function deletePostDicomOrder(input, options = {}) {
	const v = parsePostDicomInput("DeleteOrder", postDicomOrderRefSchema, input);
	await runPostDicom({
		method: "DeleteOrder",
		invoke: (api, cb) => api.DeleteOrder(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuid, cb),
		schema: postDicomSuccessSchema
	}, options);
}
var postDicomViewUrlResultSchema = postDicomSuccessSchema.extend({ ViewUrl: url() });
var postDicomOrderViewUrlInputSchema = object({
	userUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema
});
/**
* `GetViewUrl(userUuid, patientOrderUuid, callback)`.
* MUST run in the user's browser: the link opens only from the IP address that asked for it, so it cannot be
* requested by a server or a proxy on the user's behalf. Request it right before opening it; never cache it.
*/
async function getPostDicomViewUrl(input, options = {}) {
	const v = parsePostDicomInput("GetViewUrl", postDicomOrderViewUrlInputSchema, input);
	return (await runPostDicom({
		method: "GetViewUrl",
		invoke: (api, cb) => api.GetViewUrl(v.userUuid, v.patientOrderUuid, cb),
		schema: postDicomViewUrlResultSchema
	}, options)).ViewUrl;
}
// src/api/eden/errors.ts
/**
* Eden's error body is not documented (vendor-docs README: "Unconfirmed: error body shape"). Eden is a
* Django REST service, so we read the Django REST Framework shapes: `{ "detail": "…" }` for general
* errors and `{ "<field>": ["…"], "non_field_errors": ["…"] }` for validation errors. Anything else
* still becomes a VendorError with the HTTP status.
*/
var parseEdenError = (status, body) => {
	if (typeof body === "string") return { message: body.trim().slice(0, 300) || `HTTP ${status}` };
	if (typeof body !== "object" || body === null) return { message: `HTTP ${status}` };
	const record = body;
	if (typeof record.detail === "string") return { message: record.detail };
	const fieldErrors = {};
	const general = [];
	for (const [key, value] of Object.entries(record)) {
		const messages = (Array.isArray(value) ? value : [value]).filter((m) => typeof m === "string");
		if (messages.length === 0) continue;
		if (key === "non_field_errors") general.push(...messages);
		else fieldErrors[key] = messages;
	}
	const fieldSummary = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
	return {
		message: [...general, ...fieldSummary].join("; ") || `HTTP ${status}`,
		fieldErrors
	};
};
/**
* How Eden says "this folio is taken" (assumed: a 400 with a `folio` field error saying it already exists,
* as Django REST's unique validator does). Kept in one place.
*/
function isEdenDuplicateFolioError(error) {
	return error instanceof VendorError && (error.status === 400 || error.status === 409) && (error.fieldErrors.folio ?? []).some((message) => /already exists/i.test(message));
}
// src/api/eden/client.ts
/** The Eden client. The `Authorization` header is added by the proxy (live), never by the browser. */
var edenClient = createVendorClient({
	vendor: "eden",
	parseError: parseEdenError
});
// src/api/eden/endpoints.ts
/**
* Eden's endpoints (eden-orders-api.txt and the Eden facts in vendor-docs/README.md): the one table of paths
* and endpoint names. The mock (mocks/eden) routes the same entries.
*/
var edenEndpoints = {
	/** CONFIRMED. The body may use the documented aliases; canonical names are sent. */
	createOrder: defineEndpoint("POST", "/orders/"),
	/** CONFIRMED: a date window of at most one month. ASSUMED: `limit`/`offset` pages and the `status` filter. */
	listOrders: defineEndpoint("GET", "/orders/"),
	/** CONFIRMED. ASSUMED answer shape (Eden documents no response body): see `edenOrderSchema`. */
	getOrder: defineEndpoint("GET", "/orders/{id}/"),
	/** CONFIRMED: the create fields, all optional. */
	updateOrder: defineEndpoint("PUT", "/orders/{id}/"),
	/** CONFIRMED: a DELETE with a `cancel_reason` body. ASSUMED: it answers the order, which stays in history. */
	cancelOrder: defineEndpoint("DELETE", "/orders/{id}/"),
	/** ASSUMED: Eden's public page shows no facility endpoint. */
	listFacilities: defineEndpoint("GET", "/facilities/")
};
// src/api/eden/orders.ts
/**
* Written with `zod/mini` (tree-shakable): the worklist is the first route, and these schemas sit in
* its bundle budget.
*
* Eden imaging orders: every documented field, limit, enum and format (eden-orders-api.txt and the
* Eden facts in vendor-docs/README.md), and the functions of the orders group (create, update, cancel, get,
* list). Messages that are not zod's own are i18n keys (`validation.*`).
*/
var EDEN_LIMITS = {
	folio: 80,
	description: 255,
	facility_identifier: 40,
	modality: 20,
	study_code: 20,
	study_name: 255,
	patient_identifier: 255,
	patient_name: 255,
	patient_first_surname: 255,
	patient_last_surname: 255,
	patient_email: 80,
	patient_phone_code: 3,
	physician_name: 255,
	physician_first_surname: 255,
	physician_last_surname: 255,
	physician_email: 80,
	physician_phone_code: 3,
	practitioner_assigned_email: 80
};
var edenPriorities = [
	"NORMAL",
	"HIGHEST",
	"URGENT"
];
var edenSexes = [
	"F",
	"M",
	"O"
];
var edenCancelReasons = [
	"non-attendance",
	"room-not-available",
	"pregnant-risk",
	"physical-limitation",
	"other"
];
/** Order states, then study states. CANCELLED (a cancelled order stays in history) is our assumption. */
var edenStatuses = [
	"NEW",
	"PATIENT_ARRIVED",
	"IN_PROCESS",
	"COMPLETED",
	"READING_PENDING",
	"SIGNED",
	"ADDENDUM_SIGNED",
	"CANCELLED"
];
var isoDate = string$1().check(superRefine$1(refineIsoDate));
/** `HH:MM:SS`, 24-hour clock. */
var time24 = string$1().check(_regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, { error: "validation.time24" }));
var phoneCode = string$1().check(_maxLength(3), _regex(/^\d{1,3}$/, { error: "validation.phoneCode" }));
var phoneNumber = string$1().check(_regex(/^[0-9 ()+-]{4,20}$/, { error: "validation.phoneNumber" }));
var email = (max) => string$1().check(_maxLength(max), _regex(email$2, { error: "validation.email" }));
var text$1 = (max) => string$1().check(_trim(), _minLength(1), _maxLength(max));
var someText = () => string$1().check(_trim(), _minLength(1));
var opt = optional$1;
/** The documented aliases, accepted on input. One canonical name is sent. */
var edenAliases = {
	accession_number: "folio",
	requested_procedure_description: "description",
	patient_id: "patient_identifier",
	patient_sex: "patient_gender",
	patient_birthdate: "patient_birth_date"
};
/**
* Moves aliased fields to their canonical names. Giving both with different values is ambiguous and
* reported on the canonical field.
*/
function canonicalizeEdenAliases(input, ctx) {
	if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
	const out = { ...input };
	for (const [alias, canonical] of Object.entries(edenAliases)) {
		if (!(alias in out)) continue;
		const aliasValue = out[alias];
		delete out[alias];
		if (out[canonical] === void 0) out[canonical] = aliasValue;
		else if (out[canonical] !== aliasValue) ctx?.issues.push({
			code: "custom",
			path: [canonical],
			message: "validation.aliasConflict",
			input: aliasValue
		});
	}
	return out;
}
var orderFields = {
	folio: text$1(EDEN_LIMITS.folio),
	description: text$1(EDEN_LIMITS.description),
	facility_identifier: text$1(EDEN_LIMITS.facility_identifier),
	modality: _enum$1(dicomModalityCodes, { error: (issue) => issue.input === void 0 || issue.input === "" ? "validation.required" : "validation.modality" }),
	priority: opt(_enum$1(edenPriorities)),
	extra_fields: opt(record$1(someText(), string$1())),
	room_identifier: opt(someText()),
	room_name: opt(someText()),
	study_code: text$1(EDEN_LIMITS.study_code),
	study_name: text$1(EDEN_LIMITS.study_name),
	patient_identifier: opt(text$1(EDEN_LIMITS.patient_identifier)),
	patient_name: text$1(EDEN_LIMITS.patient_name),
	patient_first_surname: opt(text$1(EDEN_LIMITS.patient_first_surname)),
	patient_last_surname: opt(text$1(EDEN_LIMITS.patient_last_surname)),
	patient_email: opt(email(EDEN_LIMITS.patient_email)),
	patient_gender: _enum$1(edenSexes),
	patient_birth_date: isoDate,
	patient_phone_code: opt(phoneCode),
	patient_phone_number: opt(phoneNumber),
	physician_identifier: opt(someText()),
	physician_name: opt(text$1(EDEN_LIMITS.physician_name)),
	physician_first_surname: opt(text$1(EDEN_LIMITS.physician_first_surname)),
	physician_last_surname: opt(text$1(EDEN_LIMITS.physician_last_surname)),
	physician_email: opt(email(EDEN_LIMITS.physician_email)),
	physician_gender: opt(_enum$1(edenSexes)),
	physician_phone_code: opt(phoneCode),
	physician_phone_number: opt(phoneNumber),
	practitioner_assigned_email: opt(email(EDEN_LIMITS.practitioner_assigned_email)),
	appointment_date: opt(isoDate),
	appointment_time: opt(time24),
	appointment_duration: opt(int$1().check(_positive(), _lte(1440)))
};
var createShape = strictObject$1(orderFields);
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkAppointment(value, ctx) {
	if (value.appointment_time && !value.appointment_date) ctx.addIssue({
		code: "custom",
		path: ["appointment_date"],
		message: "validation.timeNeedsDate",
		input: void 0
	});
}
/** `POST /orders/` body. Accepts the aliases; outputs canonical names only. */
var edenCreateOrderSchema = pipe$1(pipe$1(unknown$1(), transform$1((input, ctx) => canonicalizeEdenAliases(input, ctx))), createShape.check(superRefine$1(checkAppointment, { when: (payload) => isRecord(payload.value) })));
/** `PUT /orders/{id}/` body: the same fields as create, all optional. */
var edenUpdateOrderSchema = pipe$1(pipe$1(unknown$1(), transform$1((input, ctx) => canonicalizeEdenAliases(input, ctx))), partial$1(createShape));
/** `DELETE /orders/{id}/` body. */
var edenCancelOrderSchema = strictObject$1({ cancel_reason: _enum$1(edenCancelReasons) });
var nullableText = optional$1(nullable$1(string$1()));
var nullish = (schema) => optional$1(nullable$1(schema));
var edenOrderSchema = object$1({
	id: string$1().check(_minLength(1)),
	folio: string$1(),
	description: string$1(),
	status: _enum$1(edenStatuses),
	priority: nullish(_enum$1(edenPriorities)),
	modality: string$1(),
	study_code: string$1(),
	study_name: string$1(),
	facility: object$1({
		id: string$1(),
		identifier: string$1(),
		name: string$1()
	}),
	room: nullable$1(object$1({
		id: string$1(),
		ae_title: string$1(),
		name: string$1()
	})),
	/** The free-text room name sent at creation (recommended when no room_identifier is sent). */
	room_name: nullableText,
	patient_identifier: nullableText,
	patient_name: string$1(),
	patient_first_surname: nullableText,
	patient_last_surname: nullableText,
	patient_email: nullableText,
	patient_gender: _enum$1(edenSexes),
	patient_birth_date: isoDate,
	patient_phone_code: nullableText,
	patient_phone_number: nullableText,
	physician_identifier: nullableText,
	physician_name: nullableText,
	physician_first_surname: nullableText,
	physician_last_surname: nullableText,
	physician_email: nullableText,
	physician_gender: nullish(_enum$1(edenSexes)),
	physician_phone_code: nullableText,
	physician_phone_number: nullableText,
	practitioner_assigned_email: nullableText,
	appointment_date: nullish(isoDate),
	appointment_time: nullish(time24),
	appointment_duration: nullish(int$1()),
	extra_fields: nullish(record$1(string$1(), unknown$1())),
	cancel_reason: nullish(_enum$1(edenCancelReasons)),
	created_at: datetime$1({ offset: true }),
	updated_at: datetime$1({ offset: true })
});
/** Paginated list (Django REST style `count/next/previous/results`: our assumption). */
var edenOrderPageSchema = object$1({
	count: int$1().check(_nonnegative()),
	next: nullable$1(string$1()),
	previous: nullable$1(string$1()),
	results: array$1(edenOrderSchema)
});
function daysBetween(from, to) {
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5;
}
/** A date window of at most one month: `end_date - start_date` ≤ 31 days and not reversed. */
function checkEdenDateWindow(start, end, ctx, names) {
	if (start && end) {
		const days = daysBetween(start, end);
		if (days < 0) ctx.addIssue({
			code: "custom",
			path: [names[1]],
			message: "validation.windowReversed",
			input: end
		});
		else if (days > 31) ctx.addIssue({
			code: "custom",
			path: [names[1]],
			message: "validation.windowTooLong",
			input: end
		});
	}
}
/**
* `GET /orders/` query. `start_date` or `end_date` is required; the window is at most one month.
* Page parameters `limit`/`offset` and the `status` filter are unconfirmed assumptions.
*/
var edenListOrdersParamsSchema = strictObject$1({
	start_date: opt(isoDate),
	end_date: opt(isoDate),
	updated_start_date: opt(isoDate),
	updated_end_date: opt(isoDate),
	modality: opt(array$1(_enum$1(dicomModalityCodes))),
	status: opt(array$1(_enum$1(edenStatuses))),
	patient_identifier: opt(text$1(EDEN_LIMITS.patient_identifier)),
	facility: opt(uuid$1()),
	room: opt(uuid$1()),
	limit: opt(int$1().check(_gte(1), _lte(100))),
	offset: opt(int$1().check(_gte(0)))
}).check(superRefine$1((value, ctx) => {
	if (!value.start_date && !value.end_date) ctx.addIssue({
		code: "custom",
		path: ["start_date"],
		message: "validation.windowRequired",
		input: void 0
	});
	checkEdenDateWindow(value.start_date, value.end_date, ctx, ["start_date", "end_date"]);
	checkEdenDateWindow(value.updated_start_date, value.updated_end_date, ctx, ["updated_start_date", "updated_end_date"]);
}));
/** `POST /orders/`. The input may use the documented aliases; canonical names are sent. */
async function createEdenOrder(input, options = {}) {
	const body = parseInput("eden", edenEndpoints.createOrder.name, edenCreateOrderSchema, input);
	return edenClient.request({
		...edenEndpoints.createOrder.at(),
		json: body,
		schema: edenOrderSchema,
		...options
	});
}
/** `PUT /orders/{id}/`: the same fields as create, all optional. */
async function updateEdenOrder(id, input, options = {}) {
	const body = parseInput("eden", edenEndpoints.updateOrder.name, edenUpdateOrderSchema, input);
	return edenClient.request({
		...edenEndpoints.updateOrder.at({ id }),
		json: body,
		schema: edenOrderSchema,
		...options
	});
}
/** `DELETE /orders/{id}/` with `cancel_reason`. Answers the order, which stays in history. */
async function cancelEdenOrder(id, cancelReason, options = {}) {
	return edenClient.request({
		...edenEndpoints.cancelOrder.at({ id }),
		json: parseInput("eden", edenEndpoints.cancelOrder.name, edenCancelOrderSchema, { cancel_reason: cancelReason }),
		schema: edenOrderSchema,
		...options
	});
}
/** `GET /orders/{id}/` */
async function getEdenOrder(id, options = {}) {
	return edenClient.request({
		...edenEndpoints.getOrder.at({ id }),
		schema: edenOrderSchema,
		...options
	});
}
/** `GET /orders/`: a date window of at most one month, filters, `limit`/`offset` pages. */
async function listEdenOrders(params, options = {}) {
	const query = parseInput("eden", edenEndpoints.listOrders.name, edenListOrdersParamsSchema, params);
	return edenClient.request({
		...edenEndpoints.listOrders.at(),
		query,
		schema: edenOrderPageSchema,
		...options
	});
}
var WINDOW_DAYS = 31;
var PAGE_SIZE = 100;
/** Pages per window before giving up on completeness (100 orders a month of one patient is not a patient). */
var MAX_PAGES_PER_WINDOW = 5;
/** The windows of the walk, newest first: the coming month, then 12 months back from `today`. */
function edenWalkWindows(today, monthsBack = 12) {
	const day = (0, import_dayjs_min.default)(today);
	return Array.from({ length: monthsBack + 1 }, (_, k) => {
		const end = day.add(WINDOW_DAYS - 32 * k, "day");
		return {
			start_date: end.subtract(WINDOW_DAYS, "day").format("YYYY-MM-DD"),
			end_date: end.format("YYYY-MM-DD")
		};
	});
}
function abortError$1(signal) {
	return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
/** The walk, one window at a time (newest first): each yield is that window's orders, in Eden's order. */
async function* walkEdenOrderWindows(patientIdentifier, options = {}) {
	const { today = (0, import_dayjs_min.default)().format("YYYY-MM-DD"), monthsBack, stopAtFirst, ...call } = options;
	for (const [index, window] of edenWalkWindows(today, monthsBack).entries()) {
		if (call.signal?.aborted) throw abortError$1(call.signal);
		const orders = [];
		for (let page = 0; page < MAX_PAGES_PER_WINDOW; page++) {
			const answer = await listEdenOrders({
				...window,
				patient_identifier: patientIdentifier,
				limit: PAGE_SIZE,
				offset: page * PAGE_SIZE
			}, call);
			orders.push(...answer.results);
			if (!answer.next) break;
		}
		if (call.signal?.aborted) throw abortError$1(call.signal);
		yield {
			window,
			index,
			orders
		};
		if (stopAtFirst && orders.length > 0) return;
	}
}
/** Every order of `patientIdentifier` in the walk's windows, newest window first. */
async function walkEdenOrdersByPatient(patientIdentifier, options = {}) {
	const found = [];
	for await (const { orders } of walkEdenOrderWindows(patientIdentifier, options)) found.push(...orders);
	return found;
}
// src/api/postdicom/account.ts
/**
* Method group "account": Initialize (account, users, institutions; its schemas are the session's, in
* ./client.ts) and GetUserGroupList.
*/
/** `Initialize`: the account with its users (`UserList[].UserUuid`) and institutions, whose uuids other calls take. */
async function initializePostDicom(options = {}) {
	return (await openPostDicomSession(options)).account;
}
var postDicomUserGroupSchema = object({
	UserGroupUuid: postDicomIdSchema,
	UserGroupName: string(),
	UserUuidList: array(string()).optional()
});
var postDicomUserGroupListResultSchema = postDicomSuccessSchema.extend({ UserGroupList: array(postDicomUserGroupSchema) });
var postDicomUserGroupListInputSchema = object({ userUuid: postDicomIdSchema });
/** `GetUserGroupList(userUuid, callback)`. */
async function getPostDicomUserGroupList(input, options = {}) {
	const { userUuid } = parsePostDicomInput("GetUserGroupList", postDicomUserGroupListInputSchema, input);
	return (await runPostDicom({
		method: "GetUserGroupList",
		invoke: (api, callback) => api.GetUserGroupList(userUuid, callback),
		schema: postDicomUserGroupListResultSchema
	}, options)).UserGroupList;
}
// src/lib/mappings/modality.ts
/** The one list of Scan.com names (src/lib/codes/scan-modalities.ts). */
var scanModalityNames = scanModalities;
var dicomToScanTable = {
	MR: "MRI",
	CT: "CT",
	US: "Ultrasound",
	CR: "X-Ray",
	DX: "X-Ray",
	BMD: "DEXA",
	PT: "PET-CT",
	MG: "Mammogram"
};
var scanToDicomTable = {
	MRI: "MR",
	CT: "CT",
	Ultrasound: "US",
	"X-Ray": "DX",
	DEXA: "BMD",
	"PET-CT": "PT",
	Mammogram: "MG"
};
function isScanModalityName(value) {
	return scanModalityNames.includes(value);
}
/** A DICOM code, exactly as written (upper case, no spaces). */
function parseDicomModality(value) {
	if (!isDicomModality(value)) throw new MappingError("modality", value, "not a DICOM modality code");
	return value;
}
/** DICOM code → Scan.com name; a modality Scan.com does not sell is a MappingError. */
function dicomToScanModality(code) {
	const dicom = parseDicomModality(code);
	const name = dicomToScanTable[dicom];
	if (!name) throw new MappingError("modality", code, `Scan.com has no equivalent of ${dicomModalities[dicom]}`);
	return name;
}
/** Scan.com name → DICOM code ("X-Ray" → "DX"). */
function scanToDicomModality(name) {
	if (!isScanModalityName(name)) throw new MappingError("modality", name, "not a Scan.com modality");
	return scanToDicomTable[name];
}
/** `^`, `=`, `\` or a control character (DICOM PN has no way to escape them). */
function hasForbidden(value, delimiters = "^=\\") {
	for (const char of value) {
		const code = char.charCodeAt(0);
		if (code < 32 || code === 127 || delimiters.includes(char)) return true;
	}
	return false;
}
var PARTICLES = /* @__PURE__ */ new Set([
	"de",
	"del",
	"la",
	"las",
	"los",
	"da",
	"das",
	"do",
	"dos",
	"di",
	"du",
	"van",
	"von",
	"der",
	"den",
	"ter",
	"san",
	"santa"
]);
function clean(value) {
	const trimmed = value?.trim().replace(/\s+/g, " ") ?? "";
	return trimmed === "" ? null : trimmed;
}
function checkComponent(value, field) {
	if (value === null) return "";
	if (hasForbidden(value)) throw new MappingError("person-name", value, `${field} contains ^, =, \\ or a control character`);
	return value;
}
/** Splits a family name into surnames (see the rules above). */
function splitFamilyName(family, options = {}) {
	const text = clean(family);
	if (text === null) return {
		firstSurname: null,
		secondSurname: null
	};
	if (options.surnames === "whole") return {
		firstSurname: text,
		secondSurname: null
	};
	const groups = [];
	let pending = [];
	for (const word of text.split(" ")) {
		pending.push(word);
		if (!PARTICLES.has(word.toLowerCase())) {
			groups.push(pending.join(" "));
			pending = [];
		}
	}
	if (pending.length) {
		if (groups.length === 0) groups.push(pending.join(" "));
		else groups[groups.length - 1] = `${groups[groups.length - 1]} ${pending.join(" ")}`;
	}
	if (groups.length === 1) return {
		firstSurname: groups[0],
		secondSurname: null
	};
	if (groups.length === 2) return {
		firstSurname: groups[0],
		secondSurname: groups[1]
	};
	throw new MappingError("person-name", family, "more than two surnames: cannot tell where the first one ends");
}
/** PersonName → DICOM PN (alphabetic group), trailing empty components removed. */
function toDicomPersonName(name) {
	for (const [field, value] of Object.entries(name)) checkComponent(typeof value === "string" ? value : null, field);
	const family = [clean(name.firstSurname), clean(name.secondSurname)].filter((s) => s !== null).join(" ");
	const given = clean(name.given);
	if (given === null && family === "") throw new MappingError("person-name", name, "the name is empty");
	const components = [
		checkComponent(family || null, "the family name"),
		checkComponent(given, "the given name"),
		checkComponent(clean(name.middle), "the middle name"),
		checkComponent(clean(name.prefix), "the prefix"),
		checkComponent(clean(name.suffix), "the suffix")
	];
	if (name.secondSurname && clean(name.secondSurname) !== null) {
		const back = splitFamilyName(family);
		if (back.firstSurname !== clean(name.firstSurname) || back.secondSurname !== clean(name.secondSurname)) throw new MappingError("person-name", family, "these surnames would not read back the same from DICOM");
	}
	while (components.length > 1 && components[components.length - 1] === "") components.pop();
	const pn = components.join("^");
	if (pn.length > 64) throw new MappingError("person-name", pn, `longer than 64 characters`);
	return pn;
}
/** DICOM PN → PersonName (alphabetic group) plus the other groups, as written. */
function fromDicomPersonName(pn, options = {}) {
	const groups = pn.split("=");
	if (groups.length > 3) throw new MappingError("person-name", pn, "more than three component groups");
	const alphabetic = groups[0] ?? "";
	if (alphabetic.length > 64) throw new MappingError("person-name", pn, `longer than 64 characters`);
	if (hasForbidden(alphabetic, "\\")) throw new MappingError("person-name", pn, "contains \\ or a control character");
	const parts = alphabetic.split("^");
	if (parts.length > 5) throw new MappingError("person-name", pn, "more than five components");
	const [family, given, middle, prefix, suffix] = parts;
	const givenName = clean(given);
	const surnames = splitFamilyName(family ?? "", options);
	if (givenName === null && surnames.firstSurname === null) throw new MappingError("person-name", pn, "the name is empty");
	return {
		given: givenName ?? "",
		middle: clean(middle),
		...surnames,
		prefix: clean(prefix),
		suffix: clean(suffix),
		ideographic: clean(groups[1]),
		phonetic: clean(groups[2])
	};
}
/** Eden fields → PersonName. */
function fromEdenName(eden) {
	const given = clean(eden.patient_name);
	if (given === null) throw new MappingError("person-name", eden, "patient_name is required");
	const first = clean(eden.patient_first_surname);
	const second = clean(eden.patient_last_surname);
	if (first === null && second !== null) throw new MappingError("person-name", eden, "a second surname without a first one");
	return {
		given,
		middle: null,
		firstSurname: first,
		secondSurname: second,
		prefix: null,
		suffix: null
	};
}
/** PersonName → Eden fields. A middle name is folded into patient_name (Eden has no middle-name field). */
function toEdenName(name) {
	const given = [clean(name.given), clean(name.middle)].filter((s) => s !== null).join(" ");
	if (!given) throw new MappingError("person-name", name, "Eden needs a given name (patient_name)");
	return {
		patient_name: given,
		patient_first_surname: clean(name.firstSurname),
		patient_last_surname: clean(name.secondSurname)
	};
}
/** PersonName → Scan.com `first_name` / `last_name` (both surnames in last_name; middle in first_name). */
function toFirstLast(name) {
	const first = [clean(name.given), clean(name.middle)].filter((s) => s !== null).join(" ");
	const last = [clean(name.firstSurname), clean(name.secondSurname)].filter((s) => s !== null).join(" ");
	if (!first || !last) throw new MappingError("person-name", name, "both a given name and a surname are needed");
	return {
		first_name: first,
		last_name: last
	};
}
/** Scan.com-style first/last → PersonName (surnames split as in DICOM). */
function fromFirstLast(value, options = {}) {
	const given = clean(value.first_name);
	if (given === null) throw new MappingError("person-name", value, "first_name is empty");
	const surnames = splitFamilyName(value.last_name, options);
	if (surnames.firstSurname === null) throw new MappingError("person-name", value, "last_name is empty");
	return {
		given,
		middle: null,
		...surnames,
		prefix: null,
		suffix: null
	};
}
// src/lib/mappings/sex.ts
/**
* Sex / gender between the vendors.
* - Codes `F`, `M`, `O`: Eden (`patient_gender`) and DICOM Patient's Sex (0010,0040) / PostDICOM.
* - Words `female`, `male`, `other`, `unknown`: Teladoc Solo; Scan.com uses `female`, `male`, `other`.
*
* Direction rules:
* - F ↔ female, M ↔ male, O ↔ other.
* - `unknown` has no code: to Eden it is a MappingError (the field is required and has no "unknown").
*   DICOM Patient's Sex is a type 2 attribute, so DICOM writes "unknown" as the empty value: `unknown` ↔ ''
*   only through the DICOM functions.
* - Codes are read exactly (upper case); words exactly (lower case). Anything else is a MappingError.
*/
var sexCodes = [
	"F",
	"M",
	"O"
];
var sexWords = [
	"female",
	"male",
	"other",
	"unknown"
];
var codeToWordTable = {
	F: "female",
	M: "male",
	O: "other"
};
var wordToCodeTable = {
	female: "F",
	male: "M",
	other: "O"
};
function isSexCode(value) {
	return sexCodes.includes(value);
}
function isSexWord(value) {
	return sexWords.includes(value);
}
/** `F`/`M`/`O` → `female`/`male`/`other`. */
function sexCodeToWord(code) {
	if (!isSexCode(code)) throw new MappingError("sex", code, "expected F, M or O");
	return codeToWordTable[code];
}
/** `female`/`male`/`other` → `F`/`M`/`O`; `unknown` has no code. */
function sexWordToCode(word) {
	if (!isSexWord(word)) throw new MappingError("sex", word, "expected female, male, other or unknown");
	if (word === "unknown") throw new MappingError("sex", word, "unknown has no F/M/O code");
	return wordToCodeTable[word];
}
// src/api/people/mappers.ts
/**
* One pure mapper per vendor, from its patient-ish shape to the neutral `Person`, through src/lib/mappings
* (names with double surnames and particles, sex codes and words, DICOM dates). A value that cannot be read
* without guessing makes the whole record a `PersonMappingFailure` naming the field: nothing is defaulted.
*/
var FieldFailure = class extends Error {
	field;
	reason;
	constructor(field, reason) {
		super(reason);
		this.field = field;
		this.reason = reason;
	}
};
/** Runs `read`, turning a MappingError into a failure of `field`. */
function at(field, read) {
	try {
		return read();
	} catch (error) {
		if (isMappingError(error)) throw new FieldFailure(field, error.reason);
		throw error;
	}
}
function text(value) {
	const trimmed = value?.trim().replace(/\s+/g, " ") ?? "";
	return trimmed === "" ? null : trimmed;
}
function unique(values) {
	const out = [];
	for (const value of values) {
		const clean = text(value);
		if (clean && !out.some((known) => known.toLowerCase() === clean.toLowerCase())) out.push(clean);
	}
	return out;
}
function identity(source, kind, value) {
	const clean = text(value);
	return clean ? [{
		source,
		kind,
		value: clean
	}] : [];
}
/** A sex word (`female`, `male`, `other`; `unknown` or nothing: null). */
function sexFromWord(field, word) {
	const clean = text(word);
	if (clean === null || clean === "unknown") return null;
	return at(field, () => sexWordToCode(clean));
}
function birthDateFromIso(field, value) {
	const clean = text(value);
	if (clean === null) return null;
	if (!isIsoDate(clean)) throw new FieldFailure(field, `not a calendar date YYYY-MM-DD: ${clean}`);
	return clean;
}
function activity(kind, modalities, date, description, status) {
	const day = text(date)?.slice(0, 10) ?? null;
	return {
		kind,
		modalities,
		date: day && isIsoDate(day) ? day : null,
		description: text(description),
		status: text(status)
	};
}
function build(source, recordId, record, read) {
	try {
		return {
			ok: true,
			person: {
				source,
				recordId,
				record,
				...read()
			}
		};
	} catch (error) {
		if (error instanceof FieldFailure) return {
			ok: false,
			failure: {
				source,
				recordId,
				field: error.field,
				reason: error.reason
			}
		};
		throw error;
	}
}
function nameParts(name) {
	return {
		givenNames: [text(name.given), text(name.middle)].filter((part) => part !== null).join(" "),
		firstSurname: name.firstSurname,
		secondSurname: name.secondSurname
	};
}
/**
* A Solo patient. Solo's answer holds neither its id nor its SPID: give the ones it was fetched by. The name
* is the `usual` entry (else the first): `firstName` + `middleName`, and `lastName` split into surnames.
* A name given only as `family` (the whole name in one string) cannot be split without guessing.
*/
function mapSoloPatient(patient, ids) {
	const recordId = ids.id ?? (ids.spid !== void 0 ? `spid:${ids.spid}` : "");
	return build("solo", recordId, {
		vendor: "solo",
		patient
	}, () => {
		if (!recordId) throw new FieldFailure("id", "neither the patient id nor the SPID is known");
		const names = patient.name ?? [];
		const entry = names.find((name) => name.use === "usual") ?? names[0];
		const given = [text(entry?.firstName), text(entry?.middleName)].filter((part) => part !== null).join(" ");
		if (!given) throw new FieldFailure("name[0].firstName", "no first name");
		const surnames = at("name[0].lastName", () => splitFamilyName(entry?.lastName ?? ""));
		if (surnames.firstSurname === null) throw new FieldFailure("name[0].lastName", "no last name");
		const telecom = patient.telecom ?? [];
		return {
			givenNames: given,
			...surnames,
			birthDate: birthDateFromIso("birthDate", patient.birthDate),
			sex: sexFromWord("gender", patient.gender),
			emails: unique(telecom.filter((t) => t.system === "email").map((t) => t.value)),
			phones: unique(telecom.filter((t) => t.system === "phone" || t.system === "sms").map((t) => t.value)),
			addresses: (patient.address ?? []).map((address) => ({
				use: text(address.use),
				lines: unique([...address.line ?? [], address.apartment]),
				city: text(address.city),
				state: text(address.state),
				postalCode: text(address.postalcode),
				country: text(address.country)
			})),
			identifiers: [
				...identity("solo", "id", ids.id),
				...identity("solo", "spid", ids.spid === void 0 ? null : String(ids.spid)),
				...identity("solo", "mrn", patient.mrn)
			],
			activity: activity("patient", [], null, null, patient.active === false ? "inactive" : null)
		};
	});
}
/** An Impilo patient: `firstName`; `lastName` split into surnames; `externalIdentifier` is the hospital MRN. */
function mapImpiloPatient(patient) {
	return build("impilo", patient.id, {
		vendor: "impilo",
		patient
	}, () => {
		const given = text(patient.firstName);
		if (!given) throw new FieldFailure("firstName", "no first name");
		const surnames = at("lastName", () => splitFamilyName(patient.lastName));
		if (surnames.firstSurname === null) throw new FieldFailure("lastName", "no last name");
		const address = patient.address;
		return {
			givenNames: given,
			...surnames,
			birthDate: birthDateFromIso("dateOfBirth", patient.dateOfBirth),
			sex: null,
			emails: unique([patient.email]),
			phones: unique([patient.phone]),
			addresses: address ? [{
				use: null,
				lines: unique([address.line1, address.line2]),
				city: text(address.city),
				state: text(address.state),
				postalCode: text(address.postalCode),
				country: text(address.country)
			}] : [],
			identifiers: [...identity("impilo", "id", patient.id), ...identity("impilo", "mrn", patient.externalIdentifier)],
			activity: activity("patient", [], patient.createdAt, null, null)
		};
	});
}
/** The patient fields of an Eden order (`patient_name`, both surnames, `patient_identifier` = MRN). */
function mapEdenOrder(order) {
	return build("eden", order.id, {
		vendor: "eden",
		order
	}, () => {
		const name = at("patient_name", () => fromEdenName(order));
		const phone = text(order.patient_phone_number);
		const code = text(order.patient_phone_code);
		return {
			...nameParts(name),
			birthDate: birthDateFromIso("patient_birth_date", order.patient_birth_date),
			sex: order.patient_gender,
			emails: unique([order.patient_email]),
			phones: phone ? [code ? `+${code} ${phone}` : phone] : [],
			addresses: [],
			identifiers: [...identity("eden", "order", order.id), ...identity("eden", "mrn", order.patient_identifier)],
			activity: activity("order", isDicomModality(order.modality) ? [order.modality] : [], order.appointment_date ?? order.created_at, order.study_name, order.status)
		};
	});
}
/** `YYYY-MM-DD` or DICOM DA `YYYYMMDD`; empty is unknown. */
function postDicomDate(field, value) {
	const clean = text(value);
	if (clean === null) return null;
	if (/^\d{8}$/.test(clean)) return at(field, () => dicomDateToIso(clean));
	return birthDateFromIso(field, clean);
}
/** A PostDICOM order's patient: the DICOM name (`FAMILY^GIVEN^MIDDLE`), Patient ID, birth date and sex. */
function mapPostDicomOrder(order) {
	return build("postdicom", order.PatientOrderUuid, {
		vendor: "postdicom",
		order
	}, () => {
		const name = at("PatientName", () => fromDicomPersonName(order.PatientName));
		if (!name.given) throw new FieldFailure("PatientName", "no given name");
		if (name.firstSurname === null) throw new FieldFailure("PatientName", "no family name");
		const sex = order.PatientSex ? order.PatientSex : null;
		const modalities = order.OrderModality.split(/[\\,]/).map((code) => code.trim()).filter((code) => isDicomModality(code));
		return {
			...nameParts(name),
			birthDate: postDicomDate("PatientBirthDate", order.PatientBirthDate),
			sex,
			emails: [],
			phones: [],
			addresses: [],
			identifiers: [...identity("postdicom", "order", order.PatientOrderUuid), ...identity("postdicom", "patient-id", order.PatientId)],
			activity: activity("order", modalities, postDicomDate("OrderDate", order.OrderDate), order.StudyDescription, null)
		};
	});
}
/** A Scan.com referral's `patient_information` (Scan.com keeps no patient record of its own). */
function mapScanReferral(referral) {
	const recordId = String(referral.id);
	return build("scan", recordId, {
		vendor: "scan",
		referral
	}, () => {
		const info = referral.patient_information;
		const name = at("patient_information.first_name", () => fromFirstLast(info));
		const lines = unique([info.address_line_1, info.address_line_2]);
		const hasAddress = lines.length > 0 || text(info.address_city) || text(info.address_postcode);
		const modality = referral.modality ? at("modality", () => scanToDicomModality(referral.modality)) : null;
		return {
			...nameParts(name),
			birthDate: birthDateFromIso("patient_information.date_of_birth", info.date_of_birth),
			sex: sexFromWord("patient_information.gender", info.gender),
			emails: unique([info.email]),
			phones: unique([info.phone]),
			addresses: hasAddress ? [{
				use: null,
				lines,
				city: text(info.address_city),
				state: null,
				postalCode: text(info.address_postcode),
				country: null
			}] : [],
			identifiers: identity("scan", "referral", recordId),
			activity: activity("referral", modality ? [modality] : [], referral.created_at, referral.referral_information, referral.status)
		};
	});
}
// src/api/people/fetch-people.ts
function ofKind(identities, kind) {
	return [...new Set(identities.filter((identity) => identity.kind === kind).map((identity) => identity.value))];
}
function collect(source, identities, mappings) {
	const people = [];
	const failures = [];
	const seen = /* @__PURE__ */ new Set();
	for (const mapping of mappings) {
		if (!mapping.ok) {
			failures.push(mapping.failure);
			continue;
		}
		if (seen.has(mapping.person.recordId)) continue;
		seen.add(mapping.person.recordId);
		people.push(mapping.person);
	}
	people.sort((a, b) => (b.activity.date ?? "").localeCompare(a.activity.date ?? ""));
	return {
		source,
		identities,
		people,
		failures
	};
}
/** The PostDICOM user the console searches as: the account's first user (ASSUMED: the front desk's). */
async function postDicomSearchUser(options = {}) {
	const user = (await initializePostDicom(options)).UserList[0];
	if (!user) throw new Error("The PostDICOM account has no user.");
	return user.UserUuid;
}
async function fromSolo(identities, options) {
	const byId = ofKind(identities, "id").map(async (id) => mapSoloPatient(await getSoloPatient(id, options), { id }));
	const bySpid = ofKind(identities, "spid").map(async (value) => {
		const spid = Number(value);
		return mapSoloPatient(await getSoloPatientBySpid(spid, options), { spid });
	});
	return Promise.all([...byId, ...bySpid]);
}
async function fromImpilo(identities, options) {
	const ids = ofKind(identities, "id");
	if (ids.length) return Promise.all(ids.map(async (id) => mapImpiloPatient(await getImpiloPatient(id, options))));
	return (await Promise.all(ofKind(identities, "mrn").map((mrn) => listImpiloPatients({
		externalIdentifier: mrn,
		size: 50
	}, options)))).flatMap((page) => page.content.map(mapImpiloPatient));
}
async function fromEden(identities, options) {
	const ids = ofKind(identities, "order");
	if (ids.length) return Promise.all(ids.map(async (id) => mapEdenOrder(await getEdenOrder(id, options))));
	return (await Promise.all(ofKind(identities, "mrn").map((mrn) => walkEdenOrdersByPatient(mrn, {
		...options,
		stopAtFirst: true
	})))).flat().map(mapEdenOrder);
}
async function fromPostDicom(identities, options) {
	const userUuid = await postDicomSearchUser(options);
	const patientIds = ofKind(identities, "patient-id");
	if (patientIds.length) return (await Promise.all(patientIds.map(async (patientId) => (await getPostDicomPatientOrderList({
		userUuid,
		patientId
	}, options)).filter((order) => order.PatientId === patientId)))).flat().map(mapPostDicomOrder);
	const account = await initializePostDicom(options);
	return (await Promise.all(ofKind(identities, "order").map(async (patientOrderUuid) => {
		for (const institution of account.InstitutionList) try {
			return await getPostDicomPatientOrderProperties({
				userUuid,
				patientOrderInstitutionUuid: institution.InstitutionUuid,
				patientOrderUuid
			}, options);
		} catch (error) {
			if (options.signal?.aborted) throw error;
		}
		return null;
	}))).filter((order) => order !== null).map(mapPostDicomOrder);
}
async function fromScan(identities, options) {
	return Promise.all(ofKind(identities, "referral").map(async (id) => mapScanReferral(await getScanReferral(Number(id), options))));
}
var fetchers = {
	solo: fromSolo,
	impilo: fromImpilo,
	eden: fromEden,
	postdicom: fromPostDicom,
	scan: fromScan
};
/** The records of one vendor named by `identities` (those of other vendors are ignored). */
async function fetchPeopleFromSource(source, identities, options = {}) {
	const own = identities.filter((identity) => identity.source === source);
	return collect(source, own, own.length ? await fetchers[source](own, options) : []);
}
/** The vendors a key names, in the console's vendor order. */
function sourcesOfKey(identities) {
	return identitySources.filter((source) => identities.some((identity) => identity.source === source));
}
// src/api/people/search-run.ts
var SEARCH_TIMEOUT_MS = {
	solo: 8e3,
	impilo: 12e3,
	eden: 2e4,
	postdicom: 12e3,
	scan: 1e4
};
var IMPILO_PARALLEL_PAGES = 4;
function chunk(mappings, extra = {}) {
	const people = [];
	const failures = [];
	for (const mapping of mappings) if (mapping.ok) people.push(mapping.person);
	else failures.push(mapping.failure);
	return {
		people,
		failures,
		total: null,
		capped: false,
		...extra
	};
}
/** Yields each task's result as soon as it settles (the first failure ends the whole stream). */
async function* asTheyCome(tasks) {
	const pending = new Map(tasks.map((task, index) => {
		const settled = task.then((value) => ({
			index,
			value
		}));
		settled.catch(() => void 0);
		return [index, settled];
	}));
	while (pending.size) {
		const { index, value } = await Promise.race(pending.values());
		pending.delete(index);
		yield value;
	}
}
/** Keeps the records matching the full name typed when the vendor was asked for one of its words. */
function refine(c, mappings) {
	const full = c.match;
	if (!full) return mappings;
	return mappings.filter((m) => !m.ok || matchesCriterion(m.person, {
		field: "name",
		value: full
	}));
}
async function* postDicom(criteria, call) {
	const userUuid = await postDicomSearchUser(call);
	const filterOf = (c) => c.field === "patientName" ? { patientName: c.value } : c.field === "patientId" ? { patientId: c.value } : { accessionNumber: c.value };
	for await (const { c, orders } of asTheyCome(criteria.map(async (c) => ({
		c,
		orders: await getPostDicomPatientOrderList({
			userUuid,
			...filterOf(c)
		}, call)
	})))) yield chunk(refine(c, orders.map(mapPostDicomOrder)));
}
function impiloFilter(c) {
	if (c.field === "dateOfBirth") return {
		dateOfBirthMin: c.value,
		dateOfBirthMax: c.value
	};
	return { [c.field]: c.value };
}
async function* impiloPages(c, call) {
	const filters = {
		...impiloFilter(c),
		size: 250
	};
	const first = await listImpiloPatients({
		...filters,
		page: 0
	}, call);
	const pages = Math.ceil(first.total / first.size);
	const last = Math.min(pages, 20);
	yield chunk(refine(c, first.content.map(mapImpiloPatient)), {
		total: first.total,
		capped: pages > last
	});
	for (let from = 1; from < last; from += IMPILO_PARALLEL_PAGES) {
		const batch = Array.from({ length: Math.min(IMPILO_PARALLEL_PAGES, last - from) }, (_, i) => listImpiloPatients({
			...filters,
			page: from + i
		}, call));
		for await (const page of asTheyCome(batch)) yield chunk(refine(c, page.content.map(mapImpiloPatient)));
	}
}
async function* impilo(criteria, call) {
	for (const c of criteria) yield* impiloPages(c, call);
}
async function* eden(criteria, call) {
	for (const c of criteria) for await (const { orders } of walkEdenOrderWindows(c.value, call)) if (orders.length) yield chunk(orders.map(mapEdenOrder));
}
async function* scan(criteria, call, referrals) {
	yield chunk((await referrals(call)).map(mapScanReferral).filter((m) => !m.ok || criteria.some((c) => matchesCriterion(m.person, c))));
}
var isNotFound = (error) => error instanceof VendorError && error.status === 404;
async function* solo(criteria, call) {
	const lookups = criteria.map(async (c) => {
		try {
			if (c.field === "spid") {
				const spid = Number(c.value);
				return [mapSoloPatient(await getSoloPatientBySpid(spid, call), { spid })];
			}
			return [mapSoloPatient(await getSoloPatient(c.value, call), { id: c.value })];
		} catch (error) {
			if (isNotFound(error)) return [];
			throw error;
		}
	});
	for await (const mappings of asTheyCome(lookups)) yield chunk(mappings);
}
function abortError(signal) {
	return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
/** One vendor's search as a stream of chunks; stops when `signal` aborts, throws `TimeoutError` past its time. */
async function* streamVendorSearch(plan, options) {
	const limit = options.timeoutMs ?? SEARCH_TIMEOUT_MS[plan.vendor];
	const timeout = new AbortController();
	const timer = setTimeout(() => timeout.abort(), limit);
	const call = { signal: options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal };
	const timedOut = () => new TimeoutError(plan.vendor, "search", limit);
	const source = {
		postdicom: () => postDicom(plan.criteria, call),
		impilo: () => impilo(plan.criteria, call),
		eden: () => eden(plan.criteria, options.today ? {
			...call,
			today: options.today
		} : call),
		scan: () => scan(plan.criteria, call, options.scanReferrals),
		solo: () => solo(plan.criteria, call)
	}[plan.vendor]();
	const expired = new Promise((_, reject) => timeout.signal.addEventListener("abort", () => reject(timedOut()), { once: true }));
	expired.catch(() => void 0);
	const seen = /* @__PURE__ */ new Set();
	const fresh = (people) => people.filter((person) => {
		const key = personRecordKey(person);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	try {
		while (true) {
			if (options.signal?.aborted) throw abortError(options.signal);
			const next = await Promise.race([source.next(), expired]);
			if (next.done) return;
			yield {
				...next.value,
				people: fresh(next.value.people)
			};
		}
	} catch (error) {
		if (timeout.signal.aborted && !options.signal?.aborted) throw timedOut();
		throw error;
	} finally {
		clearTimeout(timer);
		source.return(void 0);
	}
}
// src/components/describe-error.ts
/** Whether the error is the user's own Cancel (an aborted request). */
function isAbort(error) {
	return (error instanceof DOMException || error instanceof Error) && (error.name === "AbortError" || error.code === 20);
}
/**
* One sentence, in the user's language, for any error a vendor call can raise. Never the raw text of an
* error alone: the vendor's own words appear only after a sentence of ours that says what happened.
*/
function describeError(t, error) {
	if (isApiError(error)) {
		const vendor = vendorNames[error.vendor];
		if (error instanceof InputError) return t("errors.input", {
			vendor,
			count: error.issues.length
		});
		if (error instanceof VendorError) {
			if (error.status === 429) return t("errors.rateLimited", {
				vendor,
				seconds: error.retryAfterSeconds ?? 5
			});
			if (error.status === 404) return t("errors.notFound", { vendor });
			if (error.status === 403) return t("errors.forbidden", { vendor });
			if (Object.keys(error.fieldErrors).length > 0) return t("errors.vendorFields", {
				vendor,
				status: error.status
			});
			return t("errors.vendor", {
				vendor,
				status: error.status,
				message: error.vendorMessage
			});
		}
		if (error instanceof ContractError) return t("errors.contract", {
			vendor,
			endpoint: error.endpoint,
			field: error.fieldPath || "—"
		});
		if (error instanceof SessionError) return t(error.messageKey, { vendor });
		if (error instanceof NetworkError) return t("errors.network", { vendor });
		if (error instanceof TimeoutError) return t("errors.timeout", { vendor });
	}
	if (isAbort(error)) return t("errors.cancelled");
	return t("errors.unknown");
}
// src/api/people/keys.ts
/** Query keys of the people layer (`['people', …]`), apart from the query files so the search page can import them without the vendors' schemas. */
var peopleKeys = {
	all: ["people"],
	byKey: () => [...peopleKeys.all, "by-key"],
	search: () => [...peopleKeys.all, "search"]
};
// node_modules/@tanstack/virtual-core/dist/esm/lazy-measurements.js
function getMeasurementKey(item) {
	return typeof item === "object" ? item.key : item;
}
function createLazyMeasurementsView(cache, flat) {
	const count = cache.length;
	return new Proxy(cache, { get(target, prop, receiver) {
		if (typeof prop === "string") {
			const c = prop.charCodeAt(0);
			if (c >= 48 && c <= 57) {
				const i = +prop;
				if (Number.isInteger(i) && i >= 0 && i < count) {
					let v = target[i];
					if (typeof v !== "object") {
						const s = flat[i * 2];
						v = target[i] = {
							index: i,
							key: v,
							start: s,
							size: flat[i * 2 + 1],
							end: s + flat[i * 2 + 1],
							lane: 0
						};
					}
					return v;
				}
			}
			if (prop === "length") return count;
		}
		return Reflect.get(target, prop, receiver);
	} });
}
// node_modules/@tanstack/virtual-core/dist/esm/utils.js
function memo$1(getDeps, fn, opts) {
	let deps = opts.initialDeps ?? [];
	let result;
	let isInitial = true;
	function memoizedFunction() {
		const newDeps = getDeps();
		if (!(newDeps.length !== deps.length || newDeps.some((dep, index) => deps[index] !== dep))) return result;
		deps = newDeps;
		result = fn(...newDeps);
		if ((opts == null ? void 0 : opts.onChange) && !(isInitial && opts.skipInitialOnChange)) opts.onChange(result);
		isInitial = false;
		return result;
	}
	memoizedFunction.updateDeps = (newDeps) => {
		deps = newDeps;
	};
	return memoizedFunction;
}
function notUndefined(value, msg) {
	if (value === void 0) throw new Error(`Unexpected undefined${msg ? `: ${msg}` : ""}`);
	else return value;
}
var approxEqual = (a, b) => Math.abs(a - b) < 1.01;
var debounce = (targetWindow, fn, ms) => {
	let timeoutId;
	return Object.assign(function(...args) {
		targetWindow.clearTimeout(timeoutId);
		timeoutId = targetWindow.setTimeout(() => fn.apply(this, args), ms);
	}, { cancel: () => {
		targetWindow.clearTimeout(timeoutId);
	} });
};
// node_modules/@tanstack/virtual-core/dist/esm/scroll-classifier.js
function classifyScrollEvent({ offset, isScrolling, elementMax, holdOffset, scrollOffset, pendingWrite, clampedMaxAtWrite }) {
	var _a;
	if (isScrolling && pendingWrite === null && offset === scrollOffset) return "spurious";
	if (pendingWrite !== null && Math.abs(offset - pendingWrite.target) < 1.5) return "readBack";
	if (pendingWrite !== null && !pendingWrite.smooth && elementMax !== null && pendingWrite.target > elementMax + holdOffset + .5 && Math.abs(offset - (elementMax + holdOffset)) < 1.5) return "clampedReadBack";
	if (pendingWrite !== null && !pendingWrite.smooth && ((_a = pendingWrite.lowMaxes) == null ? void 0 : _a.some((max) => Math.abs(offset - max) < 1.5))) return "clampedReadBack";
	if (clampedMaxAtWrite !== null && Math.abs(offset - clampedMaxAtWrite) < 1.5) return "clampedEcho";
	return "external";
}
var isAnimating = (phase) => phase === "smooth" || phase === "smoothFinishing";
function externalRetiresCommand({ kind, offset, command, target }) {
	return kind !== "spurious" && kind !== "readBack" && kind !== "clampedReadBack" && (command == null ? void 0 : command.index) != null && command.phase !== "queued" && !isAnimating(command.phase) && !approxEqual(offset, command.lastTargetOffset) && !approxEqual(offset, target()) && kind !== "clampedEcho";
}
var FLING_WINDOW_MS = 40;
function flingSpedUp(samples) {
	const last = samples[samples.length - 1];
	if (last === void 0) return false;
	let j = samples.length - 2;
	while (j >= 0 && last.t - samples[j].t < FLING_WINDOW_MS) j--;
	if (j < 0) return false;
	const mid = samples[j];
	let k = j - 1;
	while (k >= 0 && mid.t - samples[k].t < FLING_WINDOW_MS) k--;
	if (k < 0) return false;
	const first = samples[k];
	const recent = (last.offset - mid.offset) / (last.t - mid.t);
	const before = (mid.offset - first.offset) / (mid.t - first.t);
	return recent * before >= 0 && Math.abs(recent) >= 2 * Math.abs(before) && Math.abs(recent) - Math.abs(before) >= .8;
}
function flingCaught(samples) {
	const last = samples[samples.length - 1];
	if (last === void 0) return false;
	let j = samples.length - 2;
	while (j >= 0 && last.t - samples[j].t < FLING_WINDOW_MS) j--;
	if (j < 0) return false;
	const from = samples[j];
	return Math.abs(last.offset - from.offset) / (last.t - from.t) >= .05;
}
// node_modules/@tanstack/virtual-core/dist/esm/ios-gesture.js
var _isIOSResult;
var isIOSWebKit = () => {
	if (_isIOSResult !== void 0) return _isIOSResult;
	if (typeof navigator === "undefined") return _isIOSResult = false;
	if (/iP(hone|od|ad)/.test(navigator.userAgent)) return _isIOSResult = true;
	const mtp = navigator.maxTouchPoints;
	return _isIOSResult = navigator.platform === "MacIntel" && mtp !== void 0 && mtp > 0;
};
var _iosMomentumOverridesWritesResult;
var iosMomentumOverridesWrites = () => {
	if (_iosMomentumOverridesWritesResult !== void 0) return _iosMomentumOverridesWritesResult;
	return _iosMomentumOverridesWritesResult = isIOSWebKit() && typeof CSS !== "undefined" && typeof CSS.supports === "function" && CSS.supports("overflow-anchor: auto");
};
var momentumOverridesWrites = () => !isIOSWebKit() || iosMomentumOverridesWrites();
var touchListenerOptions = {
	capture: true,
	passive: true
};
var IosGesture = class {
	constructor(host) {
		this.host = host;
		this._touch = null;
		this.inMotion = () => this._touch !== null && this._touch.phase !== "lateFling";
		this.dragging = () => {
			var _a;
			return ((_a = this._touch) == null ? void 0 : _a.phase) === "down" && this._touch.moved;
		};
		this.tail = () => {
			var _a;
			return ((_a = this._touch) == null ? void 0 : _a.phase) === "tail" ? this._touch.moved ? "fling" : "tap" : null;
		};
		this.onScroll = ({ isScrolling, ownReadBack, moved, external }) => {
			var _a, _b, _c;
			if (isScrolling && ((_a = this._touch) == null ? void 0 : _a.phase) === "tail") this._openTail(this._touch.moved || !ownReadBack, false);
			else if (((_b = this._touch) == null ? void 0 : _b.phase) === "lateFling") {
				if (this.host.now() > this._touch.until) this._touch = null;
				else if (external && isScrolling && moved) this._openTail(true, false);
			}
			if (!ownReadBack && isScrolling && moved && ((_c = this._touch) == null ? void 0 : _c.phase) === "down") {
				this._touch.moved = true;
				return true;
			}
			return false;
		};
		this.touchStart = () => {
			this.end();
			this._touch = {
				phase: "down",
				moved: false
			};
		};
		this.touchEnd = () => {
			var _a;
			const moved = ((_a = this._touch) == null ? void 0 : _a.phase) === "down" && this._touch.moved;
			this.end();
			this._openTail(moved, moved);
		};
		this.end = () => {
			var _a;
			const win = this.host.getWindow();
			if (((_a = this._touch) == null ? void 0 : _a.phase) === "tail" && win != null) win.clearTimeout(this._touch.timerId);
			this._touch = null;
		};
		this.listen = (target) => {
			const onTouchStart = () => this.touchStart();
			const onTouchEnd = () => this.touchEnd();
			target.addEventListener("touchstart", onTouchStart, touchListenerOptions);
			target.addEventListener("touchend", onTouchEnd, touchListenerOptions);
			target.addEventListener("touchcancel", onTouchEnd, touchListenerOptions);
			return () => {
				target.removeEventListener("touchstart", onTouchStart, touchListenerOptions);
				target.removeEventListener("touchend", onTouchEnd, touchListenerOptions);
				target.removeEventListener("touchcancel", onTouchEnd, touchListenerOptions);
				this.end();
			};
		};
		this._openTail = (moved, awaitingFling) => {
			const win = this.host.getWindow();
			if (win == null) return;
			this.end();
			const tail = {
				phase: "tail",
				moved,
				awaitingFling,
				timerId: win.setTimeout(() => {
					if (this.host.tailStillMoving()) {
						this._openTail(tail.moved, tail.awaitingFling);
						return;
					}
					this._touch = tail.awaitingFling ? {
						phase: "lateFling",
						until: this.host.now() + 1e3
					} : null;
					this.host.onTailClosed();
				}, 150)
			};
			this._touch = tail;
		};
	}
	get touch() {
		return this._touch;
	}
};
// node_modules/@tanstack/virtual-core/dist/esm/index.js
var getRect = (element) => {
	const { clientWidth, clientHeight } = element;
	return {
		width: clientWidth,
		height: clientHeight
	};
};
var createFrameQueue = (targetWindow) => {
	const ids = /* @__PURE__ */ new Set();
	return {
		schedule: (fn) => {
			const id = targetWindow.requestAnimationFrame(() => {
				ids.delete(id);
				fn();
			});
			ids.add(id);
		},
		cancel: () => {
			ids.forEach((id) => targetWindow.cancelAnimationFrame(id));
			ids.clear();
		}
	};
};
var defaultKeyExtractor = (index) => index;
var defaultRangeExtractor = (range) => {
	const overscan = range.overscan * Math.max(range.lanes ?? 1, 1);
	const start = Math.max(range.startIndex - overscan, 0);
	const len = Math.min(range.endIndex + overscan, range.count - 1) - start + 1;
	const arr = new Array(len);
	for (let i = 0; i < len; i++) arr[i] = start + i;
	return arr;
};
var observeElementRect = (instance, cb) => {
	const element = instance.scrollElement;
	if (!element) return;
	const targetWindow = instance.targetWindow;
	if (!targetWindow) return;
	const handler = (rect) => {
		const { width, height } = rect;
		cb({
			width: Math.round(width),
			height: Math.round(height)
		});
	};
	handler(getRect(element));
	if (!targetWindow.ResizeObserver) return () => {};
	const frames = createFrameQueue(targetWindow);
	const observer = new targetWindow.ResizeObserver(() => {
		const run = () => {
			handler(getRect(element));
		};
		instance.options.useAnimationFrameWithResizeObserver ? frames.schedule(run) : run();
	});
	observer.observe(element, { box: "content-box" });
	return () => {
		observer.unobserve(element);
		frames.cancel();
	};
};
var addEventListenerOptions = { passive: true };
var observeWindowRect = (instance, cb) => {
	const element = instance.scrollElement;
	if (!element) return;
	const handler = () => {
		cb({
			width: element.innerWidth,
			height: element.innerHeight
		});
	};
	handler();
	element.addEventListener("resize", handler, addEventListenerOptions);
	return () => {
		element.removeEventListener("resize", handler);
	};
};
var supportsScrollend = typeof window == "undefined" ? true : "onscrollend" in window;
var observeOffset = (instance, cb, readOffset) => {
	const element = instance.scrollElement;
	if (!element) return;
	const targetWindow = instance.targetWindow;
	if (!targetWindow) return;
	const registerScrollendEvent = instance.options.useScrollendEvent && supportsScrollend;
	let offset = 0;
	const fallback = registerScrollendEvent ? null : debounce(targetWindow, () => cb(readOffset(element), false), instance.options.isScrollingResetDelay);
	const createHandler = (isScrolling) => () => {
		offset = readOffset(element);
		fallback?.();
		cb(offset, isScrolling);
	};
	const handler = createHandler(true);
	const endHandler = createHandler(false);
	element.addEventListener("scroll", handler, addEventListenerOptions);
	if (registerScrollendEvent) element.addEventListener("scrollend", endHandler, addEventListenerOptions);
	return () => {
		element.removeEventListener("scroll", handler);
		if (registerScrollendEvent) element.removeEventListener("scrollend", endHandler);
		fallback?.cancel();
	};
};
var observeElementOffset = (instance, cb) => observeOffset(instance, cb, (el) => {
	const { horizontal, isRtl } = instance.options;
	return horizontal ? el.scrollLeft * (isRtl && -1 || 1) : el.scrollTop;
});
var observeWindowOffset = (instance, cb) => observeOffset(instance, cb, (win) => instance.options.horizontal ? win.scrollX : win.scrollY);
var measureElement = (element, entry, instance) => {
	if (instance.options.useCachedMeasurements) {
		const index = instance.indexFromElement(element);
		const key = instance.options.getItemKey(index);
		return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index);
	}
	if (entry == null ? void 0 : entry.borderBoxSize) {
		const box = entry.borderBoxSize[0];
		if (box) return Math.round(box[instance.options.horizontal ? "inlineSize" : "blockSize"]);
	}
	if (!entry) {
		const index = instance.indexFromElement(element);
		const key = instance.options.getItemKey(index);
		const cachedSize = instance.itemSizeCache.get(key);
		if (cachedSize !== void 0) return cachedSize;
	}
	return element[instance.options.horizontal ? "offsetWidth" : "offsetHeight"];
};
var scrollWithAdjustments = (offset, { adjustments = 0, behavior }, instance) => {
	var _a;
	const { scrollElement, options } = instance;
	const adjustedOffset = offset + adjustments;
	const isRtlElement = options.horizontal && options.isRtl && scrollElement !== null && "ownerDocument" in scrollElement;
	(_a = scrollElement == null ? void 0 : scrollElement.scrollTo) == null || _a.call(scrollElement, {
		[options.horizontal ? "left" : "top"]: isRtlElement ? -adjustedOffset : adjustedOffset,
		behavior
	});
};
var windowScroll = scrollWithAdjustments;
var elementScroll = scrollWithAdjustments;
var initialScrollPhase = (behavior, atTarget) => behavior === "smooth" ? atTarget ? "smoothLanded" : "smooth" : "instant";
var isSmoothScroll = (state) => (state == null ? void 0 : state.phase) === "smooth" || (state == null ? void 0 : state.phase) === "smoothLanded";
function isAppendWithTrim(prevCount, nextCount, getPreviousKey, getNextKey) {
	if (nextCount === 0) return false;
	const firstKey = getNextKey(0);
	const removedKeys = /* @__PURE__ */ new Set();
	let removedCount = 0;
	while (removedCount < prevCount) {
		const key = getPreviousKey(removedCount);
		if (key === firstKey) break;
		removedKeys.add(key);
		removedCount++;
	}
	const retainedCount = prevCount - removedCount;
	if (retainedCount === 0 || retainedCount >= nextCount) return false;
	for (let i = 0; i < retainedCount; i++) if (getNextKey(i) !== getPreviousKey(removedCount + i)) return false;
	for (let i = retainedCount; i < nextCount; i++) if (removedKeys.has(getNextKey(i))) return false;
	return true;
}
var Virtualizer = class {
	constructor(opts) {
		this.unsubs = [];
		this.scrollElement = null;
		this.targetWindow = null;
		this.isScrolling = false;
		this.scrollState = null;
		this.measurementsCache = [];
		this._singleLaneMeasurements = null;
		this.itemSizeCache = /* @__PURE__ */ new Map();
		this.itemSizeCacheVersion = 0;
		this.laneAssignments = /* @__PURE__ */ new Map();
		this.pendingMin = null;
		this.prevLanes = void 0;
		this.lanesChangedFlag = false;
		this.lanesSettling = false;
		this.pendingScrollAnchor = null;
		this.scrollRect = null;
		this.scrollOffset = null;
		this.scrollDirection = null;
		this._holdOffset = 0;
		this._reportedOverscroll = false;
		this._iosGesture = new IosGesture({
			getWindow: () => this.targetWindow,
			now: () => this.now(),
			tailStillMoving: () => {
				const state = this.scrollState;
				if ((state == null ? void 0 : state.phase) !== "queued" || this.pendingWrite !== null) return false;
				const now = this._readElementOffset();
				if (now === null || this._lastElementOffset === null || Math.abs(now - this._lastElementOffset) < 1) return false;
				this._lastElementOffset = now;
				state.samples = [...state.samples ?? [], {
					t: this.now(),
					offset: now
				}];
				return true;
			},
			onTailClosed: () => {
				const state = this.scrollState;
				if ((state == null ? void 0 : state.phase) === "queued" && flingCaught(state.samples ?? [])) this.scrollState = null;
				this._flushHoldIfReady(true);
				this._writeAwaitingCommand();
				this._retryClampedAdjustment();
			}
		});
		this._lastElementOffset = null;
		this.pendingWrite = null;
		this._clampedAdjustment = null;
		this.elementsCache = /* @__PURE__ */ new Map();
		this._resizeBatch = null;
		this.now = () => {
			var _a, _b, _c;
			return ((_c = (_b = (_a = this.targetWindow) == null ? void 0 : _a.performance) == null ? void 0 : _b.now) == null ? void 0 : _c.call(_b)) ?? Date.now();
		};
		this.observer = /* @__PURE__ */ (() => {
			let _ro = null;
			let _frames = null;
			let delivering = false;
			let observeQueued = false;
			const pendingObservations = /* @__PURE__ */ new Set();
			const get = () => {
				if (_ro) return _ro;
				const targetWindow = this.targetWindow;
				if (!targetWindow || !targetWindow.ResizeObserver) return null;
				const frames = _frames = createFrameQueue(targetWindow);
				return _ro = new targetWindow.ResizeObserver((entries) => {
					const run = () => {
						const batch = { sync: false };
						this._resizeBatch = batch;
						try {
							entries.forEach(measureEntry);
						} finally {
							this._resizeBatch = null;
							if (batch.notify) {
								this.notify(batch.sync);
								this._noteClampMax();
								this._flushHoldIfReady(true);
								this._retryClampedAdjustment();
								this.measureElement(null);
							}
						}
					};
					if (this.options.useAnimationFrameWithResizeObserver) frames.schedule(run);
					else {
						delivering = true;
						try {
							run();
						} finally {
							delivering = false;
						}
					}
				});
			};
			const measureEntry = (entry) => {
				const node = entry.target;
				const index = this.indexFromElement(node);
				if (!node.isConnected) {
					this.observer.unobserve(node);
					for (const [cacheKey, cachedNode] of this.elementsCache) if (cachedNode === node) {
						this.elementsCache.delete(cacheKey);
						break;
					}
					return;
				}
				if (!this.isIndexInRange(index)) return;
				if (this.shouldMeasureDuringScroll(index)) this.resizeItem(index, this.options.measureElement(node, entry, this));
			};
			return {
				disconnect: () => {
					var _a;
					(_a = get()) == null || _a.disconnect();
					_frames?.cancel();
					pendingObservations.clear();
					observeQueued = false;
					_ro = null;
					_frames = null;
				},
				observe: (target) => {
					const observer = get();
					if (!observer) return;
					if (!delivering) {
						observer.observe(target, { box: "border-box" });
						return;
					}
					pendingObservations.add(target);
					if (!observeQueued) {
						observeQueued = true;
						_frames?.schedule(() => {
							observeQueued = false;
							pendingObservations.forEach((node) => {
								if (node.isConnected) _ro?.observe(node, { box: "border-box" });
							});
							pendingObservations.clear();
						});
					}
				},
				unobserve: (target) => {
					var _a;
					pendingObservations.delete(target);
					(_a = get()) == null || _a.unobserve(target);
				}
			};
		})();
		this.range = null;
		this.setOptions = (opts2) => {
			var _a;
			const merged = {
				debug: false,
				initialOffset: 0,
				overscan: 1,
				paddingStart: 0,
				paddingEnd: 0,
				scrollPaddingStart: 0,
				scrollPaddingEnd: 0,
				horizontal: false,
				getItemKey: defaultKeyExtractor,
				rangeExtractor: defaultRangeExtractor,
				onChange: () => {},
				measureElement,
				initialRect: {
					width: 0,
					height: 0
				},
				scrollMargin: 0,
				gap: 0,
				indexAttribute: "data-index",
				initialMeasurementsCache: [],
				lanes: 1,
				anchorTo: "start",
				followOnAppend: false,
				scrollEndThreshold: 1,
				isScrollingResetDelay: 150,
				enabled: true,
				isRtl: false,
				useScrollendEvent: false,
				useAnimationFrameWithResizeObserver: false,
				laneAssignmentMode: "estimate",
				useCachedMeasurements: false
			};
			for (const key in opts2) {
				const v = opts2[key];
				if (v !== void 0) merged[key] = v;
			}
			const prevOptions = this.options;
			let anchor = null;
			let followOnAppend = null;
			let edgeKeysChanged = false;
			if (prevOptions !== void 0 && prevOptions.enabled && merged.enabled && merged.anchorTo === "end" && this.scrollElement !== null) {
				const prevCount = prevOptions.count;
				const nextCount = merged.count;
				const measurements = this.getMeasurements();
				const previousItems = ((_a = this._singleLaneMeasurements) == null ? void 0 : _a.items) ?? measurements;
				const getPreviousKey = (index) => getMeasurementKey(previousItems[index]);
				const prevFirstKey = prevCount > 0 ? getPreviousKey(0) : null;
				const prevLastKey = prevCount > 0 ? getPreviousKey(prevCount - 1) : null;
				if (nextCount !== prevCount || prevCount > 0 && nextCount > 0 && (merged.getItemKey(0) !== prevFirstKey || merged.getItemKey(nextCount - 1) !== prevLastKey)) {
					edgeKeysChanged = true;
					const item = prevCount > 0 ? this.getVirtualItemForOffset(this.getScrollOffset()) ?? measurements[0] : null;
					if (item) anchor = [item.key, this.getScrollOffset() - item.start];
					const behavior = merged.followOnAppend === true ? "auto" : merged.followOnAppend || null;
					if (behavior && nextCount > 0 && this.isAtEnd(prevOptions.scrollEndThreshold) && (prevCount === 0 || merged.getItemKey(nextCount - 1) !== prevLastKey)) {
						if (nextCount > prevCount || isAppendWithTrim(prevCount, nextCount, getPreviousKey, merged.getItemKey)) followOnAppend = behavior;
					}
				}
			}
			this.options = merged;
			if (edgeKeysChanged) {
				this.pendingMin = 0;
				this.itemSizeCacheVersion++;
			}
			let anchorDelta = null;
			if (anchor && this.scrollOffset !== null && !this._awaitingCommandReadBack()) {
				const [anchorKey, anchorOffset] = anchor;
				const newMeasurements = this.getMeasurements();
				const { count, getItemKey } = this.options;
				let idx = 0;
				while (idx < count && getItemKey(idx) !== anchorKey) idx++;
				if (idx < count) {
					const anchorItem = newMeasurements[idx];
					if (anchorItem) {
						const newOffset = Math.max(0, anchorItem.start + anchorOffset);
						if (!followOnAppend && newOffset !== this.scrollOffset) {
							anchorDelta = newOffset - this.scrollOffset;
							this.scrollOffset = newOffset;
						}
					}
				}
			}
			if (followOnAppend) this.pendingScrollAnchor = {
				kind: "follow",
				behavior: followOnAppend
			};
			else if (anchorDelta !== null) {
				if (this._canWriteScroll()) this.pendingScrollAnchor = {
					kind: "anchor",
					delta: anchorDelta
				};
				else {
					this._holdOffset += anchorDelta;
					this._followOffsetTarget(anchorDelta);
				}
			}
		};
		this.notify = (sync) => {
			var _a, _b;
			(_b = (_a = this.options).onChange) == null || _b.call(_a, this, sync);
		};
		this.maybeNotify = memo$1(() => {
			this.calculateRange();
			return [
				this.isScrolling,
				this.range ? this.range.startIndex : null,
				this.range ? this.range.endIndex : null
			];
		}, (isScrolling) => {
			this.notify(isScrolling);
		}, {
			key: false,
			debug: () => this.options.debug,
			initialDeps: [
				this.isScrolling,
				this.range ? this.range.startIndex : null,
				this.range ? this.range.endIndex : null
			]
		});
		this.cleanup = () => {
			var _a;
			this.unsubs.filter(Boolean).forEach((d) => d());
			this.unsubs = [];
			this.observer.disconnect();
			if (this.rafId != null && this.targetWindow) {
				this.targetWindow.cancelAnimationFrame(this.rafId);
				this.rafId = null;
			}
			this.scrollState = null;
			(_a = this._momentumStop) == null || _a.restore();
			this._momentumStop = null;
			this.isScrolling = false;
			this.scrollDirection = null;
			this._holdOffset = 0;
			this._reportedOverscroll = false;
			this._clampedAdjustment = null;
			this.pendingWrite = null;
			this.scrollElement = null;
			this.targetWindow = null;
		};
		this._didMount = () => {
			return () => {
				this.cleanup();
			};
		};
		this._willUpdate = () => {
			var _a;
			const scrollElement = this.options.enabled ? this.options.getScrollElement() : null;
			if (this.scrollElement !== scrollElement) {
				this.cleanup();
				if (!scrollElement) {
					this.maybeNotify();
					return;
				}
				this.scrollElement = scrollElement;
				if (this.scrollElement && "ownerDocument" in this.scrollElement) this.targetWindow = this.scrollElement.ownerDocument.defaultView;
				else this.targetWindow = ((_a = this.scrollElement) == null ? void 0 : _a.window) ?? null;
				this.elementsCache.forEach((cached) => {
					this.observer.observe(cached);
				});
				this.unsubs.push(this.options.observeElementRect(this, (rect) => {
					this.scrollRect = rect;
					this.maybeNotify();
				}));
				this.unsubs.push(this.options.observeElementOffset(this, (offset, isScrolling) => {
					var _a2, _b, _c, _d;
					const elementMax = isScrolling ? this._elementMaxScrollOffset() : null;
					const wasOverscrolled = this._reportedOverscroll;
					this._reportedOverscroll = offset < 0 || elementMax !== null && offset > elementMax + 1;
					const elementOffset = offset;
					this._lastElementOffset = elementOffset;
					offset = this._toLayoutOffset(offset);
					const kind = this._classifyScrollEvent(offset, isScrolling, elementMax);
					if (kind === "spurious") return;
					if (kind === "readBack") offset = this.pendingWrite.target;
					else if (kind === "clampedReadBack" && ((_a2 = this.scrollState) == null ? void 0 : _a2.index) != null && offset < this.getMaxScrollOffset() - 1.5) this.scrollState.lastTargetOffset = offset;
					else if (externalRetiresCommand({
						kind,
						offset,
						command: this.scrollState,
						target: () => this.getScrollStateTarget(this.scrollState)
					})) this.scrollState = null;
					this.pendingWrite = null;
					if (this._clampedAdjustment !== null && Math.abs(offset - this._clampedAdjustment.maxAtWrite) >= 1.5) this._clampedAdjustment = null;
					const prevOffset = this.getScrollOffset();
					const prevDirection = this.scrollDirection;
					this.scrollDirection = isScrolling ? prevOffset === offset ? this.scrollDirection : prevOffset < offset ? "forward" : "backward" : null;
					this.scrollOffset = offset;
					this.isScrolling = isScrolling;
					const queued = this.scrollState;
					if ((queued == null ? void 0 : queued.phase) === "queued" && kind === "external" && isScrolling) {
						if (wasOverscrolled || this._reportedOverscroll) queued.samples = [];
						else {
							const t = this.now();
							queued.samples = [...(queued.samples ?? []).filter((sample) => t - sample.t <= 200), {
								t,
								offset: elementOffset
							}];
							if (prevDirection !== null && this.scrollDirection !== prevDirection || flingSpedUp(queued.samples)) this.scrollState = null;
						}
					}
					if (this._iosGesture.onScroll({
						isScrolling,
						ownReadBack: kind === "readBack",
						moved: offset !== prevOffset,
						external: kind === "external" && ((_b = this.scrollState) == null ? void 0 : _b.phase) !== "smooth" && ((_c = this.scrollState) == null ? void 0 : _c.phase) !== "smoothFinishing"
					}) && ((_d = this.scrollState) == null ? void 0 : _d.phase) === "queued") this.scrollState = null;
					this._flushHoldIfReady(true);
					if (this.scrollState) this.scheduleScrollReconcile();
					this.maybeNotify();
				}));
				if ("addEventListener" in this.scrollElement) this.unsubs.push(this._iosGesture.listen(this.scrollElement));
				this._scrollToOffset(this.getScrollOffset());
			}
			this._noteClampMax();
			const anchor = this.pendingScrollAnchor;
			this.pendingScrollAnchor = null;
			if (anchor && this.scrollElement && this.options.enabled) {
				if (anchor.kind === "anchor") {
					if (!this._canWriteScroll()) {
						this._holdOffset += anchor.delta;
						this._followOffsetTarget(anchor.delta);
						this.notify(false);
					} else if (isSmoothScroll(this.scrollState) && !approxEqual(this.getScrollOffset() - anchor.delta, this.scrollState.lastTargetOffset));
					else {
						this._followOffsetTarget(anchor.delta);
						this._scrollToOffset(this.getScrollOffset());
					}
				} else this.scrollToEnd({ behavior: anchor.behavior });
			}
			this._flushHoldIfReady(false);
			this._retryClampedAdjustment();
		};
		this._classifyScrollEvent = (offset, isScrolling, elementMax) => {
			var _a;
			return classifyScrollEvent({
				offset,
				isScrolling,
				elementMax,
				holdOffset: this._holdOffset,
				scrollOffset: this.scrollOffset,
				pendingWrite: this.pendingWrite,
				clampedMaxAtWrite: ((_a = this._clampedAdjustment) == null ? void 0 : _a.maxAtWrite) ?? null
			});
		};
		this._retryClampedAdjustment = () => {
			if (this._clampedAdjustment === null || !this.scrollElement || !this.options.enabled || !this._canWriteScroll()) return;
			const { target, maxAtWrite } = this._clampedAdjustment;
			const max = this.getMaxScrollOffset();
			if (max > maxAtWrite + .5) {
				this._clampedAdjustment = target > max + .5 ? {
					target,
					maxAtWrite: max
				} : null;
				this._scrollToOffset(target);
			}
		};
		this._writeAwaitingCommand = () => {
			const state = this.scrollState;
			if (state === null || state.phase !== "queued") return;
			const { behavior } = state;
			this.getMeasurements();
			const offset = this.getScrollStateTarget(state);
			state.lastTargetOffset = offset;
			this._clampedAdjustment = null;
			state.phase = initialScrollPhase(behavior, state.index != null && approxEqual(offset, this.getScrollOffset()));
			this._scrollToOffset(offset, { behavior });
			this.scheduleScrollReconcile();
		};
		this._readElementOffset = () => {
			const el = this.scrollElement;
			if (el == null) return null;
			const { horizontal, isRtl } = this.options;
			if (typeof el.scrollTop === "number") return horizontal ? el.scrollLeft * (isRtl && -1 || 1) : el.scrollTop;
			if (typeof el.scrollY === "number") return horizontal ? el.scrollX : el.scrollY;
			return null;
		};
		this._canWriteScroll = () => !(isIOSWebKit() && this._iosGesture.inMotion()) && !this._reportedOverscroll;
		this._flushHoldIfReady = (sync) => {
			var _a;
			if (this._holdOffset === 0) return;
			if (!this.scrollElement || !this.options.enabled) return;
			if (!this._canWriteScroll()) return;
			if (((_a = this.scrollState) == null ? void 0 : _a.phase) === "smooth") return;
			this._holdOffset = 0;
			if (this.scrollOffset !== null && this.scrollOffset < 0) this.scrollOffset = 0;
			this.notify(sync);
			const target = this.getCommandWrittenOffset() ?? this.getScrollOffset();
			this._clampedAdjustment = this._clampedBy(target);
			this._scrollToOffset(target);
		};
		this.rafId = null;
		this.getSize = () => {
			if (!this.options.enabled) {
				this.scrollRect = null;
				return 0;
			}
			this.scrollRect = this.scrollRect ?? this.options.initialRect;
			return this.scrollRect[this.options.horizontal ? "width" : "height"];
		};
		this.getScrollOffset = () => {
			if (!this.options.enabled) {
				this.scrollOffset = null;
				return 0;
			}
			this.scrollOffset = this.scrollOffset ?? (typeof this.options.initialOffset === "function" ? this.options.initialOffset() : this.options.initialOffset);
			return this.scrollOffset;
		};
		this.getMeasurementOptions = memo$1(() => [
			this.options.count,
			this.options.paddingStart,
			this.options.scrollMargin,
			this.options.getItemKey,
			this.options.enabled,
			this.options.lanes,
			this.options.laneAssignmentMode,
			this.options.gap
		], (count, paddingStart, scrollMargin, getItemKey, enabled, lanes, laneAssignmentMode, gap) => {
			if (this.prevLanes !== void 0 && this.prevLanes !== lanes) this.lanesChangedFlag = true;
			this.prevLanes = lanes;
			this.pendingMin = null;
			return {
				count,
				paddingStart,
				scrollMargin,
				getItemKey,
				enabled,
				lanes,
				laneAssignmentMode,
				gap
			};
		}, { key: false });
		this.isIndexInRange = (index) => index >= 0 && index < this.options.count;
		this.getMeasurements = memo$1(() => [this.getMeasurementOptions(), this.itemSizeCacheVersion], ({ count, paddingStart, scrollMargin, getItemKey, enabled, lanes, laneAssignmentMode, gap }, _itemSizeCacheVersion) => {
			var _a;
			const itemSizeCache = this.itemSizeCache;
			if (!enabled) {
				this.measurementsCache = [];
				this._singleLaneMeasurements = null;
				this.itemSizeCache.clear();
				this.laneAssignments.clear();
				return [];
			}
			if (this.laneAssignments.size > count) {
				for (const index of this.laneAssignments.keys()) if (index >= count) this.laneAssignments.delete(index);
			}
			if (this.lanesChangedFlag) {
				this.lanesChangedFlag = false;
				this.lanesSettling = true;
				this.measurementsCache = [];
				this._singleLaneMeasurements = null;
				this.itemSizeCache.clear();
				this.laneAssignments.clear();
				this.pendingMin = null;
			}
			if (this.measurementsCache.length === 0 && !this.lanesSettling) {
				this.measurementsCache = this.options.initialMeasurementsCache;
				this.measurementsCache.forEach((item) => {
					this.itemSizeCache.set(item.key, item.size);
				});
			}
			const min = this.lanesSettling ? 0 : this.pendingMin ?? 0;
			this.pendingMin = null;
			if (this.lanesSettling && this.measurementsCache.length === count) this.lanesSettling = false;
			if (lanes === 1) {
				const need = count * 2;
				let flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
				if (!flat || flat.length < need) {
					const next = new Float64Array(need);
					if (flat && min > 0) next.set(flat.subarray(0, min * 2));
					flat = next;
				}
				const items = min === 0 ? new Array(count) : this._singleLaneMeasurements.items.slice();
				let runningStart;
				if (min === 0) runningStart = paddingStart + scrollMargin;
				else {
					const prevIdx = min - 1;
					runningStart = flat[prevIdx * 2] + flat[prevIdx * 2 + 1] + gap;
				}
				for (let i = min; i < count; i++) {
					const key = getItemKey(i);
					items[i] = key;
					const measuredSize = itemSizeCache.get(key);
					const size = typeof measuredSize === "number" ? measuredSize : this.options.estimateSize(i);
					flat[i * 2] = runningStart;
					flat[i * 2 + 1] = size;
					runningStart += size + gap;
				}
				this._singleLaneMeasurements = {
					flat,
					items
				};
				const view = createLazyMeasurementsView(items, flat);
				this.measurementsCache = view;
				return view;
			}
			const measurements = this.measurementsCache.slice(0, min);
			const laneLastIndex = new Array(lanes).fill(void 0);
			const laneEnds = new Float64Array(lanes);
			let filledLanes = 0;
			for (let m = 0; m < min; m++) {
				const item = measurements[m];
				if (item) {
					if (laneLastIndex[item.lane] === void 0) filledLanes++;
					laneLastIndex[item.lane] = m;
					laneEnds[item.lane] = item.end;
				}
			}
			for (let i = min; i < count; i++) {
				const key = getItemKey(i);
				const cachedLane = this.laneAssignments.get(i);
				let lane;
				let start;
				const shouldCacheLane = laneAssignmentMode === "estimate" || itemSizeCache.has(key);
				if (cachedLane !== void 0 && this.options.lanes > 1) {
					lane = cachedLane;
					const prevIndex = laneLastIndex[lane];
					const prevInLane = prevIndex !== void 0 ? measurements[prevIndex] : void 0;
					start = prevInLane ? prevInLane.end + gap : paddingStart + scrollMargin;
				} else if (filledLanes === lanes) {
					let bestLane = 0;
					let bestEnd = laneEnds[0];
					let bestIdx = laneLastIndex[0];
					for (let l = 1; l < lanes; l++) {
						const e = laneEnds[l];
						if (e < bestEnd || e === bestEnd && laneLastIndex[l] < bestIdx) {
							bestLane = l;
							bestEnd = e;
							bestIdx = laneLastIndex[l];
						}
					}
					lane = bestLane;
					start = bestEnd + gap;
					if (shouldCacheLane) this.laneAssignments.set(i, lane);
				} else {
					lane = i % this.options.lanes;
					start = paddingStart + scrollMargin;
					if (shouldCacheLane) this.laneAssignments.set(i, lane);
				}
				const measuredSize = itemSizeCache.get(key);
				const size = typeof measuredSize === "number" ? measuredSize : this.options.estimateSize(i);
				const end = start + size;
				measurements[i] = {
					index: i,
					start,
					size,
					end,
					key,
					lane
				};
				if (laneLastIndex[lane] === void 0) filledLanes++;
				laneLastIndex[lane] = i;
				laneEnds[lane] = end;
			}
			this.measurementsCache = measurements;
			return measurements;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.calculateRange = memo$1(() => [
			this.getMeasurements(),
			this.getSize(),
			this.getScrollOffset(),
			this.options.lanes,
			this._getLayoutTotalSize() + this.options.scrollMargin
		], (measurements, outerSize, scrollOffset, lanes, listEnd) => {
			if (measurements.length === 0 || outerSize === 0) {
				this.range = null;
				return null;
			}
			const maxScrollOffset = Math.max(listEnd - outerSize, 0);
			this.range = calculateRangeImpl(measurements, outerSize, Math.min(scrollOffset, maxScrollOffset), lanes, lanes === 1 && this._singleLaneMeasurements !== null ? this._singleLaneMeasurements.flat : null);
			return this.range;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.getVirtualIndexes = memo$1(() => {
			let startIndex = null;
			let endIndex = null;
			const range = this.calculateRange();
			if (range) {
				startIndex = range.startIndex;
				endIndex = range.endIndex;
			}
			this.maybeNotify.updateDeps([
				this.isScrolling,
				startIndex,
				endIndex
			]);
			return [
				this.options.rangeExtractor,
				this.options.overscan,
				this.options.count,
				startIndex,
				endIndex,
				this.options.lanes
			];
		}, (rangeExtractor, overscan, count, startIndex, endIndex, lanes) => {
			return startIndex === null || endIndex === null ? [] : rangeExtractor({
				startIndex,
				endIndex,
				overscan,
				count,
				lanes
			});
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.indexFromElement = (node) => {
			const attributeName = this.options.indexAttribute;
			const indexStr = node.getAttribute(attributeName);
			if (!indexStr) {
				console.warn(`Missing attribute name '${attributeName}={index}' on measured element.`);
				return -1;
			}
			return parseInt(indexStr, 10);
		};
		this.shouldMeasureDuringScroll = (index) => {
			var _a;
			if (!isSmoothScroll(this.scrollState)) return true;
			const scrollIndex = this.scrollState.index ?? ((_a = this.getVirtualItemForOffset(this.scrollState.lastTargetOffset)) == null ? void 0 : _a.index);
			if (scrollIndex !== void 0 && this.range) {
				const bufferSize = Math.max(this.options.overscan, Math.ceil((this.range.endIndex - this.range.startIndex) / 2));
				const minIndex = Math.max(0, scrollIndex - bufferSize);
				const maxIndex = Math.min(this.options.count - 1, scrollIndex + bufferSize);
				return index >= minIndex && index <= maxIndex;
			}
			return true;
		};
		this.measureElement = (node) => {
			if (!node) {
				this.elementsCache.forEach((cached, key2) => {
					if (!cached.isConnected) {
						this.observer.unobserve(cached);
						this.elementsCache.delete(key2);
					}
				});
				return;
			}
			const index = this.indexFromElement(node);
			if (!this.isIndexInRange(index)) return;
			const key = this.options.getItemKey(index);
			const prevNode = this.elementsCache.get(key);
			if (prevNode !== node) {
				if (prevNode) this.observer.unobserve(prevNode);
				this.observer.observe(node);
				this.elementsCache.set(key, node);
			}
			if (node.isConnected && (!this.isScrolling || this.scrollState) && this.shouldMeasureDuringScroll(index)) this.resizeItem(index, this.options.measureElement(node, void 0, this));
		};
		this.resizeItem = (index, size) => {
			var _a, _b, _c;
			if (!this.isIndexInRange(index)) return;
			if ((_a = this._resizeBatch) == null ? void 0 : _a.sync) this.getMeasurements();
			let cachedSize;
			let itemStart;
			let key;
			const flat = (_b = this._singleLaneMeasurements) == null ? void 0 : _b.flat;
			if (this.options.lanes === 1 && flat != null) {
				key = this.options.getItemKey(index);
				itemStart = flat[index * 2];
				cachedSize = flat[index * 2 + 1];
			} else {
				const item = this.measurementsCache[index];
				if (!item) return;
				key = item.key;
				itemStart = item.start;
				cachedSize = item.size;
			}
			const itemSize = this.itemSizeCache.get(key) ?? cachedSize;
			const delta = size - itemSize;
			if (delta !== 0) {
				const wasAtEnd = this.options.anchorTo === "end" && !isSmoothScroll(this.scrollState) && this.getVirtualDistanceFromEnd() <= this.options.scrollEndThreshold;
				const prevTotalSize = wasAtEnd ? this._getLayoutTotalSize() : 0;
				const scrollOffset = this.getScrollOffset();
				const defaultShouldAdjust = !this.itemSizeCache.has(key) ? itemStart < scrollOffset : itemStart + itemSize <= scrollOffset && this.scrollDirection !== "backward";
				const shouldAdjustScroll = !isSmoothScroll(this.scrollState) && (this.shouldAdjustScrollPositionOnItemSizeChange !== void 0 ? this.shouldAdjustScrollPositionOnItemSizeChange(this.measurementsCache[index] ?? {
					index,
					key,
					start: itemStart,
					size: cachedSize,
					end: itemStart + cachedSize,
					lane: 0
				}, delta, this) : defaultShouldAdjust);
				if (this.pendingMin === null || index < this.pendingMin) this.pendingMin = index;
				this.itemSizeCache.set(key, size);
				this.itemSizeCacheVersion++;
				let adjustedSync = false;
				if (!this._awaitingCommandReadBack()) {
					if (wasAtEnd) adjustedSync = this.applyScrollAdjustment(this._getLayoutTotalSize() - prevTotalSize);
					else if (shouldAdjustScroll) adjustedSync = this.applyScrollAdjustment(delta);
				}
				if (this._resizeBatch) {
					this._resizeBatch.notify = true;
					(_c = this._resizeBatch).sync || (_c.sync = adjustedSync);
					return;
				}
				this.notify(adjustedSync);
				this._noteClampMax();
				this._flushHoldIfReady(true);
				this._retryClampedAdjustment();
			}
		};
		this.getVirtualItems = memo$1(() => [
			this.getVirtualIndexes(),
			this.getMeasurements(),
			this._holdOffset
		], (indexes, measurements, hold) => {
			const virtualItems = [];
			for (let k = 0, len = indexes.length; k < len; k++) {
				const measurement = measurements[indexes[k]];
				virtualItems.push(hold === 0 ? measurement : {
					...measurement,
					start: measurement.start - hold,
					end: measurement.end - hold
				});
			}
			return virtualItems;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.getVirtualItemForOffset = (offset) => {
			var _a;
			const measurements = this.getMeasurements();
			if (measurements.length === 0) return;
			const flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
			const useFlat = this.options.lanes === 1 && flat != null;
			return notUndefined(measurements[findNearestBinarySearch(0, measurements.length - 1, useFlat ? (i) => flat[i * 2] : (i) => notUndefined(measurements[i]).start, offset)]);
		};
		this._noteClampMax = () => {
			if (!this._awaitingCommandReadBack()) return;
			const elementMax = this._elementMaxScrollOffset();
			if (elementMax === null) return;
			const write = this.pendingWrite;
			const max = Math.max(elementMax, 0) + this._holdOffset;
			if (max >= write.target) return;
			const lowMaxes = write.lowMaxes ?? (write.lowMaxes = []);
			if (lowMaxes[lowMaxes.length - 1] !== max) lowMaxes.push(max);
		};
		this.getMaxScrollOffset = () => (this._elementMaxScrollOffset() ?? 0) + this._holdOffset;
		this._toLayoutOffset = (elementOffset) => {
			var _a;
			let offset = elementOffset + this._holdOffset;
			if (((_a = this.pendingScrollAnchor) == null ? void 0 : _a.kind) === "anchor") offset += this.pendingScrollAnchor.delta;
			return offset;
		};
		this._elementMaxScrollOffset = () => {
			const el = this.scrollElement;
			if (el === null) return null;
			if ("scrollHeight" in el) return this.options.horizontal ? el.scrollWidth - el.clientWidth : el.scrollHeight - el.clientHeight;
			if ("document" in el) {
				const doc = el.document.documentElement;
				return this.options.horizontal ? doc.scrollWidth - el.innerWidth : doc.scrollHeight - el.innerHeight;
			}
			return null;
		};
		this._momentumStop = null;
		this._stopMomentum = (done) => {
			const el = this.scrollElement;
			const win = this.targetWindow;
			if (el === null || win === null) return;
			const scroller = "document" in el ? el.document.scrollingElement : el;
			if (!(scroller == null ? void 0 : scroller.style)) return;
			if (this._momentumStop) {
				this._momentumStop.done = done;
				return;
			}
			const { style } = scroller;
			const property = this.options.horizontal ? "overflow-x" : "overflow-y";
			const value = style.getPropertyValue(property);
			const priority = style.getPropertyPriority(property);
			const crossSize = () => this.options.horizontal ? scroller.clientHeight : scroller.clientWidth;
			const crossSizeBefore = crossSize();
			style.setProperty(property, "hidden", "important");
			if (crossSize() !== crossSizeBefore) {
				style.setProperty(property, value, priority);
				return;
			}
			const stop = {
				restore: () => {
					if (style.getPropertyValue(property) !== "hidden" || style.getPropertyPriority(property) !== "important") return false;
					style.setProperty(property, value, priority);
					return true;
				},
				done
			};
			this._momentumStop = stop;
			win.requestAnimationFrame(() => win.requestAnimationFrame(() => {
				if (this._momentumStop !== stop) return;
				this._momentumStop = null;
				if (stop.restore()) stop.done();
			}));
		};
		this._clampedBy = (target) => {
			const elementMax = this._elementMaxScrollOffset();
			if (elementMax === null) return null;
			const maxAtWrite = elementMax + this._holdOffset;
			return target > maxAtWrite + .5 ? {
				target,
				maxAtWrite
			} : null;
		};
		this.getVirtualDistanceFromEnd = () => {
			return Math.max(this._getLayoutTotalSize() + this.options.scrollMargin - this.getSize() - this.getScrollOffset(), 0);
		};
		this.getDistanceFromEnd = () => {
			return Math.max(this.getMaxScrollOffset() - this.getScrollOffset(), 0);
		};
		this.isAtEnd = (threshold = this.options.scrollEndThreshold) => {
			return this.getDistanceFromEnd() <= threshold;
		};
		this.getOffsetForAlignment = (toOffset, align, itemSize = 0) => {
			if (!this.scrollElement) return 0;
			const size = this.getSize();
			const scrollOffset = this.getScrollOffset();
			if (align === "auto") align = toOffset >= scrollOffset + size ? "end" : "start";
			if (align === "center") toOffset += (itemSize - size) / 2;
			else if (align === "end") toOffset -= size;
			const maxOffset = this.getMaxScrollOffset();
			return Math.max(Math.min(maxOffset, toOffset), 0);
		};
		this.getOffsetForIndex = (index, align = "auto") => {
			index = Math.max(0, Math.min(index, this.options.count - 1));
			const size = this.getSize();
			const scrollOffset = this.getScrollOffset();
			const item = this.getMeasurements()[index];
			if (!item) return;
			if (align === "auto") {
				if (item.end >= scrollOffset + size - this.options.scrollPaddingEnd) align = "end";
				else if (item.start <= scrollOffset + this.options.scrollPaddingStart) align = "start";
				else return [scrollOffset, align];
			}
			if (align === "end" && index === this.options.count - 1) {
				const maxOffset = this.getMaxScrollOffset();
				const toOffset2 = maxOffset - this.options.paddingEnd + this.options.scrollPaddingEnd;
				return [Math.max(Math.min(toOffset2, maxOffset), 0), align];
			}
			const toOffset = align === "end" ? item.end + this.options.scrollPaddingEnd : item.start - this.options.scrollPaddingStart;
			return [this.getOffsetForAlignment(toOffset, align, item.size), align];
		};
		this.scrollToOffset = (toOffset, { align = "start", behavior = "auto" } = {}) => {
			this._startScroll({
				index: null,
				align
			}, this.getOffsetForAlignment(toOffset, align), behavior, "absolute");
		};
		this.scrollToIndex = (index, { align: initialAlign = "auto", behavior = "auto" } = {}) => {
			index = Math.max(0, Math.min(index, this.options.count - 1));
			const offsetInfo = this.getOffsetForIndex(index, initialAlign);
			if (!offsetInfo) return;
			const [offset, align] = offsetInfo;
			this._startScroll({
				index,
				align
			}, offset, behavior, "absolute");
		};
		this.scrollBy = (delta, { behavior = "auto" } = {}) => {
			const offset = this.getOffsetForAlignment((this.getCommandWrittenOffset() ?? this.getScrollOffset()) + delta, "start");
			this._startScroll({
				index: null,
				align: "start"
			}, offset, behavior, "relative");
		};
		this.scrollToEnd = ({ behavior = "auto" } = {}) => {
			if (this.options.count > 0) {
				this._startScroll({
					index: this.options.count - 1,
					align: "end",
					toEnd: true
				}, Math.max(this.getMaxScrollOffset(), 0), behavior, "absolute");
				return;
			}
			this.scrollToOffset(Math.max(this.getTotalSize() - this.getSize(), 0), { behavior });
		};
		this.cancelScroll = () => {
			if (this.rafId != null && this.targetWindow) {
				this.targetWindow.cancelAnimationFrame(this.rafId);
				this.rafId = null;
			}
			this.scrollState = null;
		};
		this.getTotalSize = () => Math.max(this._getLayoutTotalSize() - this._holdOffset, 0);
		this._getLayoutTotalSize = () => {
			var _a, _b;
			const measurements = this.getMeasurements();
			let end;
			if (measurements.length === 0) end = this.options.paddingStart;
			else if (this.options.lanes === 1) {
				const lastIdx = measurements.length - 1;
				const flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
				if (flat != null) end = flat[lastIdx * 2] + flat[lastIdx * 2 + 1];
				else end = ((_b = measurements[lastIdx]) == null ? void 0 : _b.end) ?? 0;
			} else {
				const endByLane = Array(this.options.lanes).fill(null);
				let endIndex = measurements.length - 1;
				while (endIndex >= 0 && endByLane.some((val) => val === null)) {
					const item = measurements[endIndex];
					if (endByLane[item.lane] === null) endByLane[item.lane] = item.end;
					endIndex--;
				}
				end = Math.max(...endByLane.filter((val) => val !== null));
			}
			return Math.max(end - this.options.scrollMargin + this.options.paddingEnd, 0);
		};
		this.takeSnapshot = () => {
			const snapshot = [];
			if (this.itemSizeCache.size === 0) return snapshot;
			const m = this.getMeasurements();
			for (const item of m) if (item && this.itemSizeCache.has(item.key)) snapshot.push({
				index: item.index,
				key: item.key,
				start: item.start,
				size: item.size,
				end: item.end,
				lane: item.lane
			});
			return snapshot;
		};
		this._scrollToOffset = (offset, { adjustments, behavior } = {}) => {
			const write = {
				target: offset + (adjustments ?? 0),
				smooth: behavior === "smooth"
			};
			this.pendingWrite = write;
			this.options.scrollToFn(offset - this._holdOffset, {
				behavior,
				adjustments
			}, this);
			return write;
		};
		this.getCommandWrittenOffset = () => this.scrollState !== null && this.pendingWrite !== null && !this.pendingWrite.smooth ? this.pendingWrite.target : null;
		this._awaitingCommandReadBack = () => {
			const writtenOffset = this.getCommandWrittenOffset();
			return !(isIOSWebKit() && this._iosGesture.dragging()) && writtenOffset !== null && !approxEqual(writtenOffset, this.getScrollOffset());
		};
		this._followOffsetTarget = (delta) => {
			if (this.scrollState !== null && this.scrollState.index == null) this.scrollState.lastTargetOffset += delta;
		};
		this.measure = () => {
			this.pendingMin = null;
			this.itemSizeCache.clear();
			this.laneAssignments.clear();
			this.itemSizeCacheVersion++;
			this.notify(false);
		};
		this.setOptions(opts);
	}
	/**
	* @deprecated Always 0: a scroll correction is folded into `scrollOffset`
	* at once, so there is never an outstanding adjustment to add to it. Read
	* `scrollOffset` alone.
	*/
	get scrollAdjustments() {
		return 0;
	}
	applyScrollAdjustment(delta, behavior) {
		if (delta === 0) return false;
		this._followOffsetTarget(delta);
		if (!this._canWriteScroll()) {
			this._holdOffset += delta;
			if (this.scrollOffset !== null) this.scrollOffset += delta;
			return true;
		} else {
			const offset = this.getScrollOffset();
			this._clampedAdjustment = this._clampedBy(offset + delta);
			const write = this._scrollToOffset(offset, {
				adjustments: delta,
				behavior
			});
			if (this.scrollOffset !== null) {
				if (this.pendingWrite === write) this.scrollOffset += delta;
				if (this.scrollOffset < 0) this.scrollOffset = 0;
			}
			return true;
		}
	}
	scheduleScrollReconcile() {
		if (!this.targetWindow) {
			this.scrollState = null;
			return;
		}
		if (this.rafId != null) return;
		this.rafId = this.targetWindow.requestAnimationFrame(() => {
			this.rafId = null;
			this.reconcileScroll();
		});
	}
	getScrollStateTarget(state) {
		const offsetInfo = state.toEnd ? [Math.max(this.getMaxScrollOffset(), 0)] : state.index != null ? this.getOffsetForIndex(state.index, state.align) : void 0;
		return offsetInfo ? offsetInfo[0] : state.lastTargetOffset;
	}
	reconcileScroll() {
		if (!this.scrollState) return;
		if (!this.scrollElement) return;
		if (this.now() - this.scrollState.startedAt > 5e3) {
			this.scrollState = null;
			return;
		}
		if (this.scrollState.phase === "queued") {
			this.scheduleScrollReconcile();
			return;
		}
		this.getMeasurements();
		const targetOffset = this.getScrollStateTarget(this.scrollState);
		const STABLE_FRAMES = this.scrollState.index == null ? 1 : this.options.useAnimationFrameWithResizeObserver ? 3 : 2;
		const targetChanged = targetOffset !== this.scrollState.lastTargetOffset;
		if (!targetChanged && approxEqual(targetOffset, this.getScrollOffset())) {
			if (this.scrollState.phase === "smooth") this.scrollState.phase = "smoothLanded";
			else if (this.scrollState.phase === "smoothFinishing") this.scrollState.phase = "instant";
			this.scrollState.stableFrames++;
			if (this.scrollState.stableFrames >= STABLE_FRAMES) {
				if (this.getScrollOffset() !== targetOffset) this._scrollToOffset(targetOffset, { behavior: "auto" });
				this.scrollState = null;
				return;
			}
		} else {
			this.scrollState.stableFrames = 0;
			if (targetChanged) {
				const viewport = this.getSize() || 600;
				const distance = Math.abs(targetOffset - this.getScrollOffset());
				const keepSmooth = isSmoothScroll(this.scrollState) && distance > viewport;
				this.scrollState.lastTargetOffset = targetOffset;
				if (keepSmooth) this.scrollState.phase = "smooth";
				else if (this.scrollState.phase === "smooth") this.scrollState.phase = "smoothFinishing";
				else if (this.scrollState.phase === "smoothLanded") this.scrollState.phase = "instant";
				this._scrollToOffset(targetOffset, { behavior: keepSmooth ? "smooth" : "auto" });
			}
		}
		this.scheduleScrollReconcile();
	}
	_startScroll(target, offset, behavior, kind) {
		this.pendingScrollAnchor = null;
		this._clampedAdjustment = null;
		const tail = this._iosGesture.tail();
		if (kind === "absolute" && tail !== null) {
			if (tail === "fling" && momentumOverridesWrites()) {
				this._stopMomentum(() => {
					const state = this.scrollState;
					if ((state == null ? void 0 : state.phase) !== "queued" || this._iosGesture.tail() !== "fling" || this._reportedOverscroll) return;
					this._iosGesture.end();
					this._flushHoldIfReady(true);
					this._writeAwaitingCommand();
				});
				this.scrollState = {
					...target,
					startedAt: this.now(),
					lastTargetOffset: offset,
					stableFrames: 0,
					phase: "queued",
					behavior,
					samples: []
				};
				this.scheduleScrollReconcile();
				return;
			}
			this._iosGesture.end();
		}
		this.scrollState = {
			...target,
			startedAt: this.now(),
			lastTargetOffset: offset,
			stableFrames: 0,
			behavior,
			phase: initialScrollPhase(behavior, target.index != null && approxEqual(offset, this.getScrollOffset()))
		};
		this._scrollToOffset(offset, { behavior });
		this.scheduleScrollReconcile();
	}
};
var findNearestBinarySearch = (low, high, getCurrentValue, value) => {
	while (low <= high) {
		const middle = (low + high) / 2 | 0;
		const currentValue = getCurrentValue(middle);
		if (currentValue < value) low = middle + 1;
		else if (currentValue > value) high = middle - 1;
		else return middle;
	}
	if (low > 0) return low - 1;
	else return 0;
};
function findNearestBinarySearchFlat(flat, high, value) {
	let low = 0;
	while (low <= high) {
		const middle = (low + high) / 2 | 0;
		const currentValue = flat[middle * 2];
		if (currentValue < value) low = middle + 1;
		else if (currentValue > value) high = middle - 1;
		else return middle;
	}
	return low > 0 ? low - 1 : 0;
}
function calculateRangeImpl(measurements, outerSize, scrollOffset, lanes, flat) {
	const lastIndex = measurements.length - 1;
	if (measurements.length <= lanes) return {
		startIndex: 0,
		endIndex: lastIndex
	};
	if (lanes === 1 && flat !== null) {
		const startIndex2 = findNearestBinarySearchFlat(flat, lastIndex, scrollOffset);
		let endIndex2 = startIndex2;
		const limit = scrollOffset + outerSize;
		while (endIndex2 < lastIndex && flat[endIndex2 * 2] + flat[endIndex2 * 2 + 1] < limit) endIndex2++;
		return {
			startIndex: startIndex2,
			endIndex: endIndex2
		};
	}
	const getStart = (index) => measurements[index].start;
	let startIndex = findNearestBinarySearch(0, lastIndex, getStart, scrollOffset);
	let endIndex = startIndex;
	if (lanes === 1) while (endIndex < lastIndex && measurements[endIndex].end < scrollOffset + outerSize) endIndex++;
	else if (lanes > 1) {
		const endPerLane = Array(lanes).fill(0);
		while (endIndex < lastIndex && endPerLane.some((pos) => pos < scrollOffset + outerSize)) {
			const item = measurements[endIndex];
			endPerLane[item.lane] = item.end;
			endIndex++;
		}
		const startPerLane = Array(lanes).fill(scrollOffset + outerSize);
		while (startIndex >= 0 && startPerLane.some((pos) => pos >= scrollOffset)) {
			const item = measurements[startIndex];
			startPerLane[item.lane] = item.start;
			startIndex--;
		}
		startIndex = Math.max(0, startIndex - startIndex % lanes);
		endIndex = Math.min(lastIndex, endIndex + (lanes - 1 - endIndex % lanes));
	}
	return {
		startIndex,
		endIndex
	};
}
// node_modules/@tanstack/react-virtual/dist/esm/index.js
var useIsomorphicLayoutEffect = typeof document !== "undefined" ? import_react.useLayoutEffect : import_react.useEffect;
function useVirtualizerBase({ useFlushSync = true, directDomUpdates = false, directDomUpdatesMode = "transform", ...options }) {
	const rerender = import_react.useReducer((x) => x + 1, 0)[1];
	const directRef = import_react.useRef({
		enabled: directDomUpdates,
		mode: directDomUpdatesMode,
		container: null,
		lastSize: null,
		lastPositions: /* @__PURE__ */ new WeakMap(),
		prevRange: null
	});
	directRef.current.enabled = directDomUpdates;
	directRef.current.mode = directDomUpdatesMode;
	const measuringFromRef = import_react.useRef(false);
	const applyContainerSize = (instance2) => {
		const state = directRef.current;
		if (!state.enabled || !state.container) return;
		const totalSize = instance2.getTotalSize();
		if (totalSize !== state.lastSize) {
			state.lastSize = totalSize;
			const sizeAxis = instance2.options.horizontal ? "width" : "height";
			state.container.style[sizeAxis] = `${totalSize}px`;
		}
	};
	const applyItemPosition = (instance2, item, el) => {
		const state = directRef.current;
		const horizontal = !!instance2.options.horizontal;
		const next = item.start - instance2.options.scrollMargin;
		if (state.lastPositions.get(el) === next) return;
		state.lastPositions.set(el, next);
		if (state.mode === "transform") el.style.transform = horizontal ? `translate3d(${next}px, 0, 0)` : `translate3d(0, ${next}px, 0)`;
		else el.style[horizontal ? "left" : "top"] = `${next}px`;
	};
	const applyDirectStyles = (instance2) => {
		const state = directRef.current;
		if (!state.enabled || !state.container) return;
		applyContainerSize(instance2);
		for (const item of instance2.getVirtualItems()) {
			const el = instance2.elementsCache.get(item.key);
			if (el) applyItemPosition(instance2, item, el);
		}
	};
	const resolvedOptions = {
		...options,
		onChange: (instance2, sync) => {
			var _a;
			const state = directRef.current;
			let shouldRerender = true;
			if (state.enabled) {
				applyDirectStyles(instance2);
				const range = instance2.range;
				const prev = state.prevRange;
				shouldRerender = !prev || prev.isScrolling !== instance2.isScrolling || prev.startIndex !== (range == null ? void 0 : range.startIndex) || prev.endIndex !== (range == null ? void 0 : range.endIndex);
				if (shouldRerender) state.prevRange = range ? {
					startIndex: range.startIndex,
					endIndex: range.endIndex,
					isScrolling: instance2.isScrolling
				} : null;
			}
			if (shouldRerender) {
				if (useFlushSync && sync && !measuringFromRef.current) (0, import_react_dom.flushSync)(rerender);
				else rerender();
			}
			(_a = options.onChange) == null || _a.call(options, instance2, sync);
		}
	};
	const [instance] = import_react.useState(() => {
		const v = new Virtualizer(resolvedOptions);
		const measureElement = v.measureElement;
		v.measureElement = (node) => {
			measuringFromRef.current = true;
			try {
				measureElement(node);
			} finally {
				measuringFromRef.current = false;
			}
			const state = directRef.current;
			if (node !== null && state.enabled && state.container) {
				const item = v.measurementsCache[v.indexFromElement(node)];
				if (item) applyItemPosition(v, item, node);
			}
		};
		return Object.assign(v, { containerRef: (node) => {
			const state = directRef.current;
			state.container = node;
			state.lastSize = null;
			if (node !== null) applyDirectStyles(v);
		} });
	});
	instance.setOptions(resolvedOptions);
	useIsomorphicLayoutEffect(() => {
		return instance._didMount();
	}, []);
	useIsomorphicLayoutEffect(() => {
		applyContainerSize(instance);
		return instance._willUpdate();
	});
	useIsomorphicLayoutEffect(() => {
		applyDirectStyles(instance);
	});
	return instance;
}
function useVirtualizer(options) {
	return useVirtualizerBase({
		observeElementRect,
		observeElementOffset,
		scrollToFn: elementScroll,
		...options
	});
}
function useWindowVirtualizer(options) {
	return useVirtualizerBase({
		getScrollElement: () => typeof document !== "undefined" ? window : null,
		observeElementRect: observeWindowRect,
		observeElementOffset: observeWindowOffset,
		scrollToFn: windowScroll,
		initialOffset: () => typeof document !== "undefined" ? window.scrollY : 0,
		...options
	});
}
// src/features/patients/patient-href.ts
/** The record page of a patient key. */
function patientHref(key) {
	return `/patients/${encodeURIComponent(key)}`;
}
var tone_module_default = {
	warn: "_warn_gm4n9_5",
	danger: "_danger_gm4n9_12"
};
// src/features/patients/components/LinkedIdentities.tsx
/** Every vendor id of a group, with its source: one table per set of records linked by an id. */
function LinkedIdentities({ group, id }) {
	const { t, i18n } = useTranslation("patients");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
		gap: "xs",
		id,
		"data-testid": "linked-identities",
		children: group.clusters.map((cluster, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table, {
			withTableBorder: true,
			striped: true,
			fz: "sm",
			layout: "fixed",
			captionSide: "top",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Caption, {
					ta: "left",
					children: group.clusters.length > 1 ? t("search.ids.set", { number: index + 1 }) : t("search.ids.caption")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Thead, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						w: "22%",
						children: t("search.ids.vendor")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						w: "18%",
						children: t("search.ids.kind")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, { children: t("search.ids.value") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Th, {
						w: "28%",
						visibleFrom: "sm",
						children: t("search.ids.record")
					})
				] }) }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Tbody, { children: cluster.records.flatMap((record) => record.identifiers.map((identity) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Table.Tr, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: vendorNames[identity.source] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, { children: t(`search.ids.kinds.${identity.kind}`) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
						style: { overflowWrap: "anywhere" },
						"data-testid": "identity-value",
						children: identity.value
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Table.Td, {
						visibleFrom: "sm",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							span: true,
							size: "sm",
							children: [
								t(`search.ids.recordKinds.${record.activity.kind}`),
								record.activity.date ? ` · ${formatLocalDate(record.activity.date, i18n.language)}` : "",
								record.activity.modalities.length ? ` · ${record.activity.modalities.join(", ")}` : ""
							]
						})
					})
				] }, `${personRecordKey(record)}:${identity.kind}:${identity.value}`))) })
			]
		}, cluster.key))
	});
}
var result_row_module_default = {
	row: "_row_1mwpk_1",
	main: "_main_1mwpk_22",
	name: "_name_1mwpk_31",
	born: "_born_1mwpk_43",
	latest: "_latest_1mwpk_49",
	meta: "_meta_1mwpk_55",
	actions: "_actions_1mwpk_59",
	hint: "_hint_1mwpk_64",
	ids: "_ids_1mwpk_70"
};
// src/features/patients/components/ResultRow.tsx
/**
* One person in the results: name (the link that opens the record), birth date, how sure the grouping is,
* vendors, latest order, ids. Memoised: scrolling draws the rows that come into view and leaves the others.
*/
var ResultRow = (0, import_react.memo)(function ResultRow({ group, index, summary, expanded, actions, t, locale }) {
	const name = personDisplayName(summary.name) || t("search.row.noName");
	const idsId = `ids-${group.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: result_row_module_default.row,
		"data-kind": group.kind,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: result_row_module_default.main,
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
					to: actions.hrefOf(group),
					className: result_row_module_default.name,
					onClick: () => actions.open(group),
					onKeyDown: (event) => actions.linkKeyDown(index, event),
					"data-row-link": true,
					"aria-label": t("search.row.open", { name }),
					children: name
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: result_row_module_default.born,
					children: [summary.birthDates.length === 0 ? t("search.row.noBirthDate") : summary.birthDates.length === 1 ? t("search.row.born", { date: formatLocalDate(summary.birthDates[0], locale) }) : t("search.row.birthDatesDiffer", { dates: summary.birthDates.map((d) => formatLocalDate(d, locale)).join(" / ") }), summary.sexes.length === 1 ? ` · ${t(`search.sex.${summary.sexes[0]}`)}` : ""]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: 6,
				className: result_row_module_default.meta,
				children: [
					group.kind === "same" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: "teal.9",
						variant: "filled",
						size: "sm",
						"data-testid": "badge-same",
						title: t("search.row.sameHint"),
						children: t("search.row.same")
					}),
					group.kind === "possible" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: "yellow.5",
						autoContrast: true,
						variant: "filled",
						size: "sm",
						"data-testid": "badge-possible",
						children: t("search.row.possible")
					}),
					group.splitFrom && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
						color: "gray",
						variant: "outline",
						size: "sm",
						children: t("search.row.splitFrom")
					}),
					summary.sources.map(({ source, count }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Badge, {
						variant: "light",
						color: "indigo",
						size: "sm",
						tt: "none",
						"data-testid": `source-${source}`,
						children: [vendorNames[source], count > 1 ? ` ×${count}` : ""]
					}, source)),
					summary.latest?.date && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: result_row_module_default.latest,
						children: t("search.row.latest", {
							what: [t(`search.row.${summary.latest.kind === "referral" ? "referral" : "order"}`), summary.latest.modalities.join(", ")].filter(Boolean).join(" "),
							date: formatLocalDate(summary.latest.date, locale)
						})
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: 4,
				className: result_row_module_default.actions,
				wrap: "nowrap",
				children: [
					group.kind === "possible" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						variant: "default",
						onClick: () => actions.split(group),
						"aria-label": t("search.row.splitLabel"),
						"data-testid": "split-group",
						children: t("search.row.split")
					}),
					group.splitFrom && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						variant: "default",
						onClick: () => actions.join(group),
						"data-testid": "join-group",
						children: t("search.row.join")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "compact-sm",
						variant: "default",
						onClick: () => actions.toggle(group),
						"aria-expanded": expanded,
						"aria-controls": expanded ? idsId : void 0,
						"aria-label": t("search.row.showIdsLabel", { name }),
						rightSection: expanded ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronUp, {
							size: 14,
							"aria-hidden": true
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronDown, {
							size: 14,
							"aria-hidden": true
						}),
						"data-testid": "toggle-ids",
						children: t("search.row.showIds", { count: groupIdentities(group).length })
					})
				]
			}),
			group.kind === "possible" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				className: `${result_row_module_default.hint} ${tone_module_default.warn}`,
				children: t("search.row.possibleHint")
			}),
			expanded && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: result_row_module_default.ids,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LinkedIdentities, {
					group,
					id: idsId
				})
			})
		]
	});
});
// src/features/patients/components/ResultList.tsx
/** Rows drawn beyond the visible ones, each side. */
var OVERSCAN = 6;
/**
* What a row is taken to measure before it is drawn: at first what a row measures at desktop width (a
* "possible" row has its hint line more), then what the last drawn row of the same kind measured (the
* width, the fonts and the language decide). Each measurement that differs from the estimate moves every
* row after it: the closer the estimate, the less work while scrolling.
*/
var INITIAL_ESTIMATES = {
	single: 77,
	same: 77,
	possible: 94
};
/**
* The results, virtualized against the window's scroll (@tanstack/react-virtual): only the rows on screen
* and a few beyond are in the DOM, whatever the count. Each row's height is measured (an open id table makes
* it taller). ↑/↓ move from one row's link to the next, Enter opens (the link), Esc goes back to the box.
*
* Scrolling re-renders this list alone (the virtualizer's state), and of it only the rows that come into
* view: a row is memoised, and everything it receives is stable (its group, its summary, its expanded state,
* one set of actions shared by every row). The virtualizer's options are stable too: a new `getItemKey` at each
* render would make it recompute the position of every one of the 10,000 rows at every frame.
*/
var ResultList = (0, import_react.forwardRef)(function ResultList({ rows, hrefOf, onOpen, onSplit, onJoin, onLeaveTop }, ref) {
	const { t, i18n } = useTranslation("patients");
	const listRef = (0, import_react.useRef)(null);
	const [scrollMargin, setScrollMargin] = (0, import_react.useState)(0);
	const [expanded, setExpanded] = (0, import_react.useState)(/* @__PURE__ */ new Set());
	(0, import_react.useLayoutEffect)(() => {
		const measure = () => setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
		measure();
		const observer = new ResizeObserver(measure);
		if (listRef.current?.parentElement) observer.observe(listRef.current.parentElement);
		window.addEventListener("resize", measure);
		return () => {
			observer.disconnect();
			window.removeEventListener("resize", measure);
		};
	}, []);
	const estimates = (0, import_react.useRef)({ ...INITIAL_ESTIMATES });
	const getItemKey = (0, import_react.useCallback)((index) => rows[index]?.key ?? index, [rows]);
	const estimateSize = (0, import_react.useCallback)((index) => estimates.current[rows[index]?.kind ?? "single"], [rows]);
	const measureRow = (0, import_react.useCallback)((element, entry, instance) => {
		const size = measureElement(element, entry, instance);
		const kind = rows[Number(element.dataset.index)]?.kind;
		if (kind && !element.querySelector("[data-testid=\"linked-identities\"]")) estimates.current[kind] = size;
		return size;
	}, [rows]);
	const virtualizer = useWindowVirtualizer({
		count: rows.length,
		estimateSize,
		measureElement: measureRow,
		overscan: OVERSCAN,
		scrollMargin,
		getItemKey
	});
	const focusRow = (0, import_react.useCallback)((index) => {
		if (index < 0 || index >= rows.length) return;
		virtualizer.scrollToIndex(index, { align: "auto" });
		let tries = 0;
		const attempt = () => {
			const link = listRef.current?.querySelector(`li[data-index="${index}"] a[data-row-link]`);
			if (link) link.focus();
			else if (tries++ < 10) requestAnimationFrame(attempt);
		};
		requestAnimationFrame(attempt);
	}, [rows.length, virtualizer]);
	(0, import_react.useImperativeHandle)(ref, () => ({ focusRow }), [focusRow]);
	const latest = (0, import_react.useRef)({
		rows,
		hrefOf,
		onOpen,
		onSplit,
		onJoin,
		onLeaveTop,
		focusRow
	});
	latest.current = {
		rows,
		hrefOf,
		onOpen,
		onSplit,
		onJoin,
		onLeaveTop,
		focusRow
	};
	const [actions] = (0, import_react.useState)(() => ({
		hrefOf: (group) => latest.current.hrefOf(group),
		toggle: (group) => setExpanded((current) => {
			const next = new Set(current);
			if (next.has(group.key)) next.delete(group.key);
			else next.add(group.key);
			return next;
		}),
		open: (group) => latest.current.onOpen(group),
		split: (group) => latest.current.onSplit(group),
		join: (group) => latest.current.onJoin(group),
		linkKeyDown: (index, event) => {
			const { focusRow: focus, onLeaveTop: leave, rows: all } = latest.current;
			if (event.key === "ArrowDown") {
				event.preventDefault();
				focus(index + 1);
			} else if (event.key === "ArrowUp") {
				event.preventDefault();
				if (index === 0) leave();
				else focus(index - 1);
			} else if (event.key === "Home") {
				event.preventDefault();
				focus(0);
			} else if (event.key === "End") {
				event.preventDefault();
				focus(all.length - 1);
			}
		}
	}));
	const items = virtualizer.getVirtualItems();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
		ref: listRef,
		"aria-label": t("search.resultsLabel"),
		"data-testid": "patient-results",
		onKeyDown: (event) => {
			if (event.key === "Escape") {
				event.preventDefault();
				onLeaveTop();
			}
		},
		style: {
			position: "relative",
			height: virtualizer.getTotalSize(),
			margin: 0,
			padding: 0,
			listStyle: "none"
		},
		children: items.map((item) => {
			const group = rows[item.index];
			if (!group) return null;
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", {
				"data-index": item.index,
				ref: virtualizer.measureElement,
				"aria-posinset": item.index + 1,
				"aria-setsize": rows.length,
				"data-testid": "patient-result",
				style: {
					position: "absolute",
					top: 0,
					left: 0,
					width: "100%",
					transform: `translateY(${item.start - scrollMargin}px)`
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ResultRow, {
					group,
					index: item.index,
					summary: summarizeGroup(group),
					expanded: expanded.has(group.key),
					actions,
					t,
					locale: i18n.language
				})
			}, item.key);
		})
	});
});
var search_filters_module_default = { filters: "_filters_rwchu_2" };
// src/features/patients/components/SearchFilters.tsx
function DayInput({ label, value, onChange, testId }) {
	const { t, i18n } = useTranslation("patients");
	const pattern = localeDatePattern(i18n.language);
	const [text, setText] = (0, import_react.useState)(null);
	const shown = text ?? (value ? formatLocalDate(value, i18n.language) : "");
	const parsed = text === null || text.trim() === "" ? null : parseTypedDate(text.trim(), i18n.language);
	const invalid = text !== null && text.trim() !== "" && parsed === null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
		size: "sm",
		w: 150,
		label,
		placeholder: pattern,
		value: shown,
		onChange: (event) => setText(event.currentTarget.value),
		onBlur: () => {
			if (text === null) return;
			if (text.trim() === "") onChange(null);
			else if (parsed) onChange(parsed);
			if (!invalid) setText(null);
		},
		error: invalid ? t("search.hints.notADate", { pattern }) : void 0,
		"data-testid": testId
	});
}
/** Vendor, modality and date-range filters and the sort: all in the URL. */
function SearchFilters({ filters, modalities, onChange }) {
	const { t } = useTranslation("patients");
	const choices = [.../* @__PURE__ */ new Set([...modalities, ...filters.modality ? [filters.modality] : []])].sort();
	const [open, setOpen] = (0, import_react.useState)(false);
	const active = [
		filters.vendors.length > 0,
		filters.modality,
		filters.from,
		filters.to
	].filter(Boolean).length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		component: "section",
		"aria-label": t("search.filters.title"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			hiddenFrom: "sm",
			variant: "default",
			size: "sm",
			onClick: () => setOpen((value) => !value),
			"aria-expanded": open,
			"aria-controls": "patient-search-filters",
			"data-testid": "toggle-filters",
			children: active ? t("search.filters.titleActive", { count: active }) : t("search.filters.title")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			id: "patient-search-filters",
			className: search_filters_module_default.filters,
			"data-open": open,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip.Group, {
				multiple: true,
				value: filters.vendors,
				onChange: (value) => onChange((current) => {
					const ticked = toggled(value, filters.vendors, current.vendors);
					return { vendors: searchVendors.filter((v) => ticked.includes(v)) };
				}),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: 6,
					role: "group",
					"aria-labelledby": "vendor-filter-label",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						fw: 500,
						id: "vendor-filter-label",
						children: t("search.filters.vendors")
					}), searchVendors.map((vendor) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chip, {
						value: vendor,
						size: "xs",
						"data-testid": `filter-vendor-${vendor}`,
						children: vendorNames[vendor]
					}, vendor))]
				})
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "sm",
				align: "flex-end",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						size: "sm",
						label: t("search.filters.modality"),
						value: filters.modality ?? "",
						onChange: (event) => onChange({ modality: event.currentTarget.value || null }),
						data: [{
							value: "",
							label: t("search.filters.anyModality")
						}, ...choices.map((code) => ({
							value: code,
							label: code
						}))],
						"data-testid": "filter-modality"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: "xs",
						role: "group",
						"aria-label": t("search.filters.dateRange"),
						align: "flex-end",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
							label: t("search.filters.from"),
							value: filters.from,
							onChange: (from) => onChange({ from }),
							testId: "filter-from"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DayInput, {
							label: t("search.filters.to"),
							value: filters.to,
							onChange: (to) => onChange({ to }),
							testId: "filter-to"
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						size: "sm",
						label: t("search.filters.sort"),
						value: filters.sort,
						onChange: (event) => onChange({ sort: event.currentTarget.value }),
						data: sortKeys.map((key) => ({
							value: key,
							label: t(`search.filters.sorts.${key}`)
						})),
						"data-testid": "filter-sort"
					}),
					hasActiveFilters(filters) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						size: "sm",
						variant: "default",
						onClick: () => onChange({
							vendors: [],
							modality: null,
							from: null,
							to: null
						}),
						children: t("search.filters.clear")
					})
				]
			})]
		})]
	});
}
var vendor_status_module_default = {
	heading: "_heading_1p8tw_1",
	list: "_list_1p8tw_9",
	card: "_card_1p8tw_30",
	name: "_name_1p8tw_41",
	state: "_state_1p8tw_47",
	dimmed: "_dimmed_1p8tw_56",
	detail: "_detail_1p8tw_60",
	retry: "_retry_1p8tw_64",
	dot: "_dot_1p8tw_111"
};
// src/features/patients/components/VendorStatusList.tsx
function statusOf(state) {
	const query = state.query;
	if (!state.plan.asked || !query) return "notAsked";
	if (query.isError) return query.error instanceof TimeoutError ? "timedOut" : "failed";
	if (query.fetchStatus === "fetching" || query.isPending) return "searching";
	return "done";
}
var colors = {
	notAsked: "gray",
	searching: "blue",
	done: "teal",
	timedOut: "orange",
	failed: "red"
};
var textColors = {
	notAsked: vendor_status_module_default.dimmed,
	searching: void 0,
	done: void 0,
	timedOut: tone_module_default.warn,
	failed: tone_module_default.danger
};
/**
* One card per vendor: searching, n records, timed out, failed (with a retry of that vendor alone), or not
* asked and why; and how it was asked. On a phone the cards fold into one line of small chips (name and
* status, and the retry of a failed vendor), so the first results show without scrolling; one button
* unfolds how each vendor was asked, or why not, and the error of a failed one.
*/
function VendorStatusList({ vendors }) {
	const { t, i18n } = useTranslation("patients");
	const { t: tc } = useTranslation();
	const [open, setOpen] = (0, import_react.useState)(false);
	const n = (value) => formatNumber(value, i18n.language);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "vendor-status-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: vendor_status_module_default.heading,
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h5",
				id: "vendor-status-title",
				children: t("search.vendorsTitle")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				hiddenFrom: "sm",
				size: "compact-xs",
				variant: "subtle",
				onClick: () => setOpen((value) => !value),
				"aria-expanded": open,
				"aria-controls": "vendor-status-list",
				rightSection: open ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronUp, {
					size: 14,
					"aria-hidden": true
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconChevronDown, {
					size: 14,
					"aria-hidden": true
				}),
				"data-testid": "toggle-vendor-details",
				children: open ? t("search.status.hideDetails") : t("search.status.showDetails")
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			id: "vendor-status-list",
			className: vendor_status_module_default.list,
			"data-open": open || void 0,
			children: vendors.map((state) => {
				const status = statusOf(state);
				const data = state.query?.data;
				const count = data?.people.length ?? 0;
				const unreadable = data?.failures.length ?? 0;
				const label = status === "notAsked" ? t("search.status.notAsked") : status === "searching" ? count > 0 ? t("search.status.soFar", {
					count,
					formatted: n(count)
				}) : t("search.status.searching") : status === "timedOut" ? count > 0 ? t("search.status.timedOutPartial", { count }) : t("search.status.timedOut") : status === "failed" ? t("search.status.failed") : t("search.status.results", { count });
				return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: vendor_status_module_default.card,
					"data-testid": `vendor-status-${state.vendor}`,
					"data-status": status,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: vendor_status_module_default.name,
							children: vendorNames[state.vendor]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: vendor_status_module_default.state,
							children: [status === "searching" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
								size: 12,
								"aria-hidden": true
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: vendor_status_module_default.dot,
								"data-color": colors[status],
								"aria-hidden": true
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: textColors[status],
								"data-testid": `vendor-status-label-${state.vendor}`,
								children: label
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "dimmed",
							className: vendor_status_module_default.detail,
							children: state.plan.asked ? state.plan.criteria.map((c) => t(`search.how.${state.vendor}.${c.field}`)).join("; ") : t(`search.reasons.${state.plan.reason}`)
						}),
						data?.capped && data.total !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							className: vendor_status_module_default.detail,
							children: t("search.status.capped", {
								shown: n(count),
								total: n(data.total)
							})
						}),
						unreadable > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
							className: vendor_status_module_default.detail,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								span: true,
								size: "xs",
								children: t("search.status.unreadable", { count: unreadable })
							}) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
								size: "xs",
								spacing: 2,
								children: data?.failures.slice(0, 20).map((failure) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List.Item, { children: t("search.status.unreadableDetail", {
									record: failure.recordId,
									field: failure.field
								}) }, `${failure.recordId}:${failure.field}`))
							})]
						}),
						(status === "failed" || status === "timedOut") && state.query && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [status === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							className: `${tone_module_default.danger} ${vendor_status_module_default.detail}`,
							role: "alert",
							children: describeError(tc, state.query.error)
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							className: vendor_status_module_default.retry,
							size: "compact-xs",
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconRefresh, {
								size: 14,
								"aria-hidden": true
							}),
							onClick: () => void state.query?.refetch(),
							"data-testid": `retry-${state.vendor}`,
							children: t("search.status.retry", { vendor: vendorNames[state.vendor] })
						})] })
					]
				}, state.vendor);
			})
		})]
	});
}
// src/api/people/search-queries.ts
var adapters = null;
function loadSearchAdapters() {
	if (!adapters) {
		const loading = __vitePreload(() => import("./search-adapters-vy-3zZF2.js"), __vite__mapDeps([0,1,2,3,4,5]));
		adapters = loading;
		loading.catch(() => {
			if (adapters === loading) adapters = null;
		});
	}
	return adapters;
}
/** The adapters module once loaded (null before). */
function useSearchAdapters() {
	const [loaded, setLoaded] = (0, import_react.useState)(null);
	(0, import_react.useEffect)(() => {
		let live = true;
		loadSearchAdapters().then((module) => live && setLoaded(module), () => void 0);
		return () => {
			live = false;
		};
	}, []);
	return loaded;
}
var noSession = () => () => void 0;
var inactive = () => false;
/** Whether a Scan.com user is signed in in this tab (false until the adapters are loaded). */
function useScanSearchSession(loaded) {
	return (0, import_react.useSyncExternalStore)(loaded ? loaded.subscribeScanSession : noSession, loaded ? () => loaded.getScanSessionSnapshot().active : inactive);
}
var emptyData = {
	people: [],
	failures: [],
	total: null,
	capped: false
};
var SCAN_REFERRALS_STALE_MS = 3e4;
var peopleSearchQuery = (plan) => queryOptions({
	queryKey: [
		...peopleKeys.search(),
		plan.vendor,
		criteriaKey(plan)
	],
	queryFn: streamedQuery({
		streamFn: async (context) => {
			const module = await loadSearchAdapters();
			return module.streamVendorSearch(plan, {
				signal: context.signal,
				scanReferrals: () => context.client.fetchQuery({
					...module.scanReferralsQuery(),
					staleTime: SCAN_REFERRALS_STALE_MS
				})
			});
		},
		reducer: (acc, chunk) => ({
			people: chunk.people.length ? acc.people.concat(chunk.people) : acc.people,
			failures: chunk.failures.length ? acc.failures.concat(chunk.failures) : acc.failures,
			total: chunk.total ?? acc.total,
			capped: acc.capped || chunk.capped
		}),
		initialValue: emptyData
	}),
	retry: false,
	staleTime: 6e4
});
/**
* Searches every vendor the plan asks for `query` (already debounced by the caller). Vendors left out by
* `vendors` are not asked. `scanSession`: from `useScanSearchSession`.
*/
function usePeopleSearch(query, context) {
	const plans = planSearch(query, context);
	const asked = plans.filter((plan) => plan.asked);
	const results = useQueries({ queries: asked.map((plan) => peopleSearchQuery(plan)) });
	return plans.map((plan) => {
		const index = asked.findIndex((candidate) => candidate.vendor === plan.vendor);
		return {
			vendor: plan.vendor,
			plan,
			query: index >= 0 ? results[index] : null
		};
	});
}
/** The arrays joined, the same array again while every part is the same (so grouping reruns only on change). */
function useConcat(arrays) {
	const last = (0, import_react.useRef)({
		parts: [],
		joined: []
	});
	if (!(arrays.length === last.current.parts.length && arrays.every((part, i) => part === last.current.parts[i]))) last.current = {
		parts: arrays,
		joined: arrays.flat()
	};
	return last.current.joined;
}
/**
* The search page's state: the vendors asked for the debounced text (one query each), their records grouped
* into people, filtered and sorted. While a newer keystroke waits for its answers, what is shown is the
* previous answers narrowed in the console to the new text (when the new text refines the old), so the list
* follows the typing at once; answers to superseded keystrokes are never shown (their queries are aborted).
*/
function useSearchResults(text, filters, split) {
	const { i18n } = useTranslation();
	const locale = i18n.language;
	const [debounced] = useDebouncedValue(text, 250);
	const deferred = (0, import_react.useDeferredValue)(text);
	const typed = (0, import_react.useMemo)(() => recognizeQuery(deferred, locale), [deferred, locale]);
	const searched = (0, import_react.useMemo)(() => recognizeQuery(debounced, locale), [debounced, locale]);
	const scanSession = useScanSearchSession(useSearchAdapters());
	const vendors = usePeopleSearch(searched, {
		vendors: filters.vendors,
		scanSession
	});
	const shown = (0, import_react.useRef)(/* @__PURE__ */ new Map());
	const current = /* @__PURE__ */ new Map();
	for (const state of vendors) {
		const data = state.query?.data;
		if (!state.plan.asked) continue;
		if (data) current.set(state.vendor, {
			basis: searched.text,
			people: data.people
		});
		else {
			const previous = shown.current.get(state.vendor);
			if (previous) current.set(state.vendor, previous);
		}
	}
	shown.current = current;
	const parts = [...current.values()];
	const basis = parts[0]?.basis ?? "";
	const mixed = parts.some((part) => part.basis !== basis);
	const records = useConcat(parts.map((part) => part.people));
	const groups = (0, import_react.useMemo)(() => groupPeople(records, split), [records, split]);
	const narrowed = basis !== "" && typed.text !== basis && !mixed && foldText(typed.text).startsWith(foldText(basis)) || mixed && typed.text !== "";
	const visible = (0, import_react.useMemo)(() => narrowed ? groups.filter((group) => group.records.some((record) => matchesQueryLocally(record, typed))) : groups, [
		groups,
		narrowed,
		typed
	]);
	return {
		typed,
		searched,
		vendors,
		groups: visible,
		rows: (0, import_react.useMemo)(() => sortGroups(filterGroups(visible, filters), filters.sort, typed), [
			visible,
			filters,
			typed
		]),
		records: visible.reduce((sum, group) => sum + group.records.length, 0),
		narrowed,
		updating: text.trim() !== debounced.trim() || vendors.some((state) => state.query?.fetchStatus === "fetching")
	};
}
export { postDicomExpireDateSchema as $, hide as $n, soloUnixSecondsSchema as $t, edenListOrdersParamsSchema as A, strictObject as An, createScanReferral as At, deletePostDicomOrder as B, Chip as Bn, getSoloPatientBySpid as Bt, walkEdenOrdersByPatient as C, boolean as Cn, submitScanReferral as Ct, edenAliases as D, number as Dn, uploadScanDocument as Dt, createEdenOrder as E, literal as En, SCAN_MAX_DOCUMENT_BYTES as Et, listEdenOrders as F, uuid as Fn, scanPatientInformationInputSchema as Ft, getPostDicomViewUrl as G, useDismiss as Gn, soloDisplayName as Gt, getPostDicomPatientOrderListInFolder as H, FloatingDelayGroup as Hn, updateSoloPatient as Ht, updateEdenOrder as I, withMutationConfig as In, updateScanReferral as It, runPostDicomUpload as J, useHover as Jn, soloAckSchema as Jt, postDicomViewUrlResultSchema as K, useFloating as Kn, soloEndpoints as Kt, edenEndpoints as L, require_dayjs_min as Ln, scanModalities as Lt, edenSexes as M, union as Mn, listScanReferrals as Mt, edenStatuses as N, unknown as Nn, scanGenders as Nt, edenCancelReasons as O, object as On, answerScanSafetyQuestions as Ot, getEdenOrder as P, url as Pn, scanGpDetailsSchema as Pt, postDicomEmailSchema as Q, flip as Qn, soloIsoDateSchema as Qt, edenClient as R, IconRefresh as Rn, createSoloPatient as Rt, initializePostDicom as S, array as Sn, confirmScanReferral as St, cancelEdenOrder as T, email$1 as Tn, setScanImagingProvider as Tt, getPostDicomPatientOrderListWithDateRange as U, safePolygon as Un, updateSoloPatientBySpid as Ut, getPostDicomPatientOrderList as V, ScrollArea as Vn, soloCreatePatientSchema as Vt, getPostDicomPatientOrderProperties as W, useDelayGroup as Wn, soloDemographicsSchema as Wt, POSTDICOM_MODALITIES as X, useRole as Xn, soloDurationSecondsSchema as Xt, parsePostDicomInput as Y, useInteractions as Yn, soloBinaryAnswerSchema as Yt, postDicomDateTimeSchema as Z, arrow as Zn, soloEmptyResponseSchema as Zt, toEdenName as _, toContractIssues as _n, useScanSafetyQuestions as _t, tone_module_default as a, impiloCreatePatientSchema as an, autoUpdate as ar, postDicomNonEmptyIdListSchema as at, scanToDicomModality as b, _enum as bn, createScanUser as bt, peopleKeys as c, impiloEndpoints as cn, useDebouncedValue as cr, postDicomPatientSexSchema as ct, streamVendorSearch as d, impiloPageSchema as dn, useQuery as dr, useCreateScanUser as dt, soloClient as en, inline as er, postDicomGuidSchema as et, fetchPeopleFromSource as f, impiloPagingSchema as fn, useQueries as fr, usePickScanTimeSlots as ft, toDicomPersonName as g, parseInput as gn, useScanReferrals as gt, sexCodeToWord as h, parseAnswer as hn, useScanReferral as ht, ResultList as i, impiloAddressSchema as in, size as ir, postDicomModalitySchema as it, edenPriorities as j, string as jn, getScanReferral as jt, edenCreateOrderSchema as k, record as kn, setScanGpDetails as kt, describeError as l, impiloIdSchema as ln, useMutation as lr, postDicomSuccessSchema as lt, sourcesOfKey as m, impiloClient as mn, useScanImagingProviders as mt, VendorStatusList as n, createImpiloPatient as nn, offset as nr, postDicomIdSchema as nt, patientHref as o, listImpiloPatients as on, getOverflowAncestors as or, postDicomOrderSummarySchema as ot, postDicomSearchUser as p, refineIsoDate as pn, useScanBodyParts as pt, runPostDicom as q, useFocus as qn, SOLO_APPOINTMENT_UPDATE_STATUSES as qt, SearchFilters as r, getImpiloPatient as rn, shift as rr, postDicomIsoDateSchema as rt, useVirtualizer as s, updateImpiloPatient as sn, useDirection as sr, postDicomPatientNameSchema as st, useSearchResults as t, isSoloAssistanceNotFound as tn, limitShift as tr, postDicomHhmmSchema as tt, isAbort as u, impiloIsoDateTimeSchema as un, queryOptions as ur, scanReferralsQuery as ut, toFirstLast as v, toInputIssue as vn, useScanTimeSlots as vt, EDEN_LIMITS as w, custom as wn, scanKeys as wt, getPostDicomUserGroupList as x, _instanceof as xn, pickScanTimeSlots as xt, dicomToScanModality as y, datetime as yn, useUploadScanDocument as yt, isEdenDuplicateFolioError as z, Table as zn, getSoloPatient as zt };
