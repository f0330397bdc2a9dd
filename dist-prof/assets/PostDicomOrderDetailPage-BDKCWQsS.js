import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ct as NativeSelect, Dr as useNavigate, Ir as require_react, Kt as Paper, Nt as Anchor, Or as useParams, Ot as Button, Pt as Text, Q as useDocumentTitle, Vt as Group, kr as useSearchParams, mt as IconShare, ut as useTranslation, wt as List, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { a as usePostDicomAccount, c as usePostDicomFolderList, g as useSetPostDicomFlagToPatientOrder, h as useRemovePostDicomOrderFromFolder, i as useGetPostDicomViewUrl, m as usePostDicomUserGroupList, o as usePostDicomAccountFlagDictionary, p as usePostDicomPatientOrderProperties, r as useDeletePostDicomOrder, t as useAddPostDicomOrderToFolder } from "./queries-C-TE7ghd.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { t as PageSkeleton } from "./PageSkeleton-Djbnf-Yh.js";
import { n as PropertyRows, t as DetailHeader } from "./DetailHeader-BNbQQee_.js";
import { n as Modal } from "./Dialogs-BkEEmPKW.js";
import { a as ShareOrdersDialog, m as IconExternalLink, o as shareableOrderFrom } from "./sharing-DKWXKKuw.js";
import { t as IconTrash } from "./IconTrash-OhJxt5d8.js";
import { c as useUnassignPostDicomPatientOrderFromUserGroup, i as useCreatePostDicomOrderGroup, n as useAssignPostDicomPatientOrderToUser, o as useRemovePostDicomOrdersFromGroup, p as useNotifySuccess, r as useAssignPostDicomPatientOrderToUserGroup, s as useUnassignPostDicomPatientOrderFromUser, t as useAssignPostDicomPatientOrderToLocation } from "./order-queries-BF_PxECg.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
// src/features/orders/detail/PostDicomOrderOrganize.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** A choice and a button: "Assign to user [▾] (Assign)". */
function ChooseAndRun({ label, options, action, onRun, busy, testId }) {
	const { t } = useTranslation("orders");
	const [value, setValue] = (0, import_react.useState)("");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		align: "flex-end",
		wrap: "nowrap",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
			label,
			value,
			onChange: (event) => setValue(event.currentTarget.value),
			data: [{
				value: "",
				label: t("choose")
			}, ...options],
			style: {
				flex: 1,
				minWidth: 0
			},
			"data-testid": `${testId}-choice`
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
			variant: "light",
			disabled: !value,
			loading: busy,
			onClick: () => onRun(value),
			"data-testid": testId,
			children: action
		})]
	});
}
/**
* Organising a PostDICOM order: its account flag, who it is assigned to (users, user groups, a location),
* the folders it is in and its order group. Each change is one library call; the order is read again after.
*/
function PostDicomOrderOrganize({ orderRef, properties }) {
	const { t } = useTranslation("orders");
	const notifySuccess = useNotifySuccess();
	const { userUuid, patientOrderUuid, patientOrderInstitutionUuid } = orderRef;
	const account = usePostDicomAccount();
	const flags = usePostDicomAccountFlagDictionary(userUuid);
	const groups = usePostDicomUserGroupList(userUuid);
	const folders = usePostDicomFolderList({ userUuid });
	const done = { onSuccess: () => notifySuccess(t("postdicomDetail.changed")) };
	const setFlag = useSetPostDicomFlagToPatientOrder({ mutationConfig: done });
	const assignUser = useAssignPostDicomPatientOrderToUser({ mutationConfig: done });
	const unassignUser = useUnassignPostDicomPatientOrderFromUser({ mutationConfig: done });
	const assignGroup = useAssignPostDicomPatientOrderToUserGroup({ mutationConfig: done });
	const unassignGroup = useUnassignPostDicomPatientOrderFromUserGroup({ mutationConfig: done });
	const assignLocation = useAssignPostDicomPatientOrderToLocation({ mutationConfig: done });
	const addToFolder = useAddPostDicomOrderToFolder({ mutationConfig: done });
	const removeFromFolder = useRemovePostDicomOrderFromFolder({ mutationConfig: done });
	const createGroup = useCreatePostDicomOrderGroup({ mutationConfig: done });
	const leaveGroup = useRemovePostDicomOrdersFromGroup({ mutationConfig: done });
	const failed = [
		setFlag,
		assignUser,
		unassignUser,
		assignGroup,
		unassignGroup,
		assignLocation,
		addToFolder,
		removeFromFolder,
		createGroup,
		leaveGroup
	].find((m) => m.isError);
	const users = account.data?.UserList ?? [];
	const userName = (uuid) => users.find((u) => u.UserUuid === uuid)?.UserName ?? uuid;
	const groupName = (uuid) => groups.data?.find((g) => g.UserGroupUuid === uuid)?.UserGroupName ?? uuid;
	const folderName = (uuid) => folders.data?.find((f) => f.FolderUuid === uuid)?.FolderName ?? uuid;
	const flagOptions = (flags.data ?? []).flatMap((group) => group.FlagList.map((flag) => ({
		value: `${group.FlagGroupId}|${flag.FlagId}`,
		label: `${group.FlagGroupName}: ${flag.FlagName}`
	})));
	const currentFlag = flagOptions.find((o) => o.value === `${properties.FlagGroupId}|${properties.FlagId}`)?.label;
	const assignedUsers = properties.AssignedUserUuidList ?? [];
	const assignedGroups = properties.AssignedUserGroupUuidList ?? [];
	const inFolders = properties.FolderUuidList ?? [];
	const base = {
		userUuid,
		patientOrderUuid
	};
	const remove = (label, onClick, testId) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
		size: "compact-xs",
		variant: "default",
		onClick,
		"aria-label": label,
		"data-testid": testId,
		children: t("postdicomDetail.remove")
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		withBorder: true,
		p: "md",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				size: "h4",
				mb: "sm",
				children: t("postdicomDetail.organize")
			}),
			failed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: failed.error }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
				cols: {
					base: 1,
					md: 2
				},
				spacing: "lg",
				mt: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: t("postdicomDetail.currentFlag", { flag: currentFlag ?? t("notSet") })
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseAndRun, {
							label: t("postdicomDetail.flag"),
							options: flagOptions,
							action: t("postdicomDetail.setFlag"),
							busy: setFlag.isPending,
							testId: "set-flag",
							onRun: (value) => {
								const [flagGroupId = "", flagId = ""] = value.split("|");
								setFlag.mutate({
									...base,
									flagGroupId,
									flagId
								});
							}
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 600,
								children: t("postdicomDetail.assignedUsers")
							}),
							assignedUsers.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								children: t("notSet")
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
								size: "sm",
								children: assignedUsers.map((uuid) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
									userName(uuid),
									" ",
									remove(t("postdicomDetail.unassign", { name: userName(uuid) }), () => unassignUser.mutate({
										...base,
										unassignedUserUuid: uuid
									}), "unassign-user")
								] }, uuid))
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseAndRun, {
								label: t("postdicomDetail.user"),
								options: users.map((u) => ({
									value: u.UserUuid,
									label: u.UserName
								})),
								action: t("postdicomDetail.assign"),
								busy: assignUser.isPending,
								testId: "assign-user",
								onRun: (value) => assignUser.mutate({
									...base,
									assignedUserUuid: value
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 600,
								children: t("postdicomDetail.assignedGroups")
							}),
							assignedGroups.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								children: t("notSet")
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
								size: "sm",
								children: assignedGroups.map((uuid) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
									groupName(uuid),
									" ",
									remove(t("postdicomDetail.unassign", { name: groupName(uuid) }), () => unassignGroup.mutate({
										...base,
										unassignedUserGroupUuid: uuid
									}), "unassign-group")
								] }, uuid))
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseAndRun, {
								label: t("postdicomDetail.userGroup"),
								options: (groups.data ?? []).map((g) => ({
									value: g.UserGroupUuid,
									label: g.UserGroupName
								})),
								action: t("postdicomDetail.assign"),
								busy: assignGroup.isPending,
								testId: "assign-group",
								onRun: (value) => assignGroup.mutate({
									...base,
									assignedUserGroupUuid: value
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
						gap: "xs",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseAndRun, {
							label: t("postdicomDetail.location"),
							options: (account.data?.InstitutionList ?? []).map((i) => ({
								value: i.InstitutionUuid,
								label: i.InstitutionName
							})),
							action: t("postdicomDetail.assign"),
							busy: assignLocation.isPending,
							testId: "assign-location",
							onRun: (value) => assignLocation.mutate({
								...base,
								institutionUuid: value
							})
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 600,
								children: t("postdicomDetail.folders")
							}),
							inFolders.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								children: t("notSet")
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
								size: "sm",
								children: inFolders.map((uuid) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
									folderName(uuid),
									" ",
									remove(t("postdicomDetail.removeFromFolder", { name: folderName(uuid) }), () => removeFromFolder.mutate({
										userUuid,
										folderUuid: uuid,
										patientOrderUuidList: [patientOrderUuid]
									}), "remove-folder")
								] }, uuid))
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ChooseAndRun, {
								label: t("postdicomDetail.folder"),
								options: (folders.data ?? []).filter((f) => !inFolders.includes(f.FolderUuid)).map((f) => ({
									value: f.FolderUuid,
									label: f.FolderName
								})),
								action: t("postdicomDetail.addToFolder"),
								busy: addToFolder.isPending,
								testId: "add-folder",
								onRun: (value) => addToFolder.mutate({
									userUuid,
									patientOrderInstitutionUuid,
									patientOrderUuid,
									folderUuidList: [value]
								})
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
						gap: "xs",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								fw: 600,
								children: t("postdicomDetail.orderGroup")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								children: properties.ConnectedGroupUuid ? t("postdicomDetail.inGroup", { id: properties.ConnectedGroupUuid }) : t("postdicomDetail.noGroup")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: properties.ConnectedGroupUuid ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "default",
								loading: leaveGroup.isPending,
								"data-testid": "leave-group",
								onClick: () => leaveGroup.mutate({
									userUuid,
									patientOrderInstitutionUuid,
									patientOrderUuidList: [patientOrderUuid]
								}),
								children: t("postdicomDetail.leaveGroup")
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
								variant: "light",
								loading: createGroup.isPending,
								maw: "100%",
								styles: {
									root: {
										height: "auto",
										minHeight: 36,
										paddingBlock: 6
									},
									label: {
										whiteSpace: "normal",
										textAlign: "start"
									}
								},
								"data-testid": "create-group",
								onClick: () => createGroup.mutate({
									userUuid,
									patientOrderInstitutionUuid,
									patientOrderUuidList: [patientOrderUuid]
								}),
								children: t("postdicomDetail.createGroup")
							}) })
						]
					})
				]
			})
		]
	});
}
// src/features/orders/detail/PostDicomOrderActions.tsx
/**
* What can be done with a PostDICOM order: open it in the viewer (the link is asked for at the click,
* from this browser, because PostDICOM binds it to the caller's IP; it opens in a new tab, with a link
* to click when the browser blocked the tab), share it (by email or as a quick link: the sharing area's
* dialog), move it to the recycle bin, and organise it.
*/
function PostDicomOrderActions({ orderRef, properties }) {
	const { t } = useTranslation("orders");
	const notifySuccess = useNotifySuccess();
	const navigate = useNavigate();
	const viewUrl = useGetPostDicomViewUrl();
	const remove = useDeletePostDicomOrder();
	const [blockedUrl, setBlockedUrl] = (0, import_react.useState)(null);
	const [confirming, setConfirming] = (0, import_react.useState)(false);
	const [sharing, setSharing] = (0, import_react.useState)(false);
	const shareable = (0, import_react.useMemo)(() => [shareableOrderFrom(properties)], [properties]);
	const openViewer = async () => {
		setBlockedUrl(null);
		const tab = window.open("", "_blank");
		try {
			const url = await viewUrl.mutateAsync({
				userUuid: orderRef.userUuid,
				patientOrderUuid: orderRef.patientOrderUuid
			});
			if (tab) {
				tab.opener = null;
				tab.location.href = url;
			} else setBlockedUrl(url);
		} catch {
			tab?.close();
		}
	};
	const moveToBin = async () => {
		try {
			await remove.mutateAsync(orderRef);
			setConfirming(false);
			notifySuccess(t("postdicomDetail.binned", { id: properties.AccessionNumber || orderRef.patientOrderUuid }));
			navigate("/orders");
		} catch {}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
			withBorder: true,
			p: "md",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					size: "h4",
					mb: "sm",
					children: t("postdicomDetail.actions")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconExternalLink, {
							size: 16,
							"aria-hidden": true
						}),
						onClick: () => void openViewer(),
						loading: viewUrl.isPending,
						"data-testid": "open-viewer",
						children: t("postdicomDetail.openViewer")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "outline",
						color: "red.9",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconTrash, {
							size: 16,
							"aria-hidden": true
						}),
						onClick: () => setConfirming(true),
						children: t("postdicomDetail.moveToBin")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "default",
						leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconShare, {
							size: 16,
							"aria-hidden": true
						}),
						onClick: () => setSharing(true),
						"data-testid": "share-order",
						children: t("postdicomDetail.share")
					})
				] }),
				viewUrl.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: viewUrl.error }),
				blockedUrl && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
					size: "sm",
					mt: "sm",
					"data-testid": "viewer-fallback",
					children: [
						t("postdicomDetail.popupBlocked"),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Anchor, {
							href: blockedUrl,
							target: "_blank",
							rel: "noopener noreferrer",
							children: t("postdicomDetail.openViewerLink")
						})
					]
				})
			]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomOrderOrganize, {
			orderRef,
			properties
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareOrdersDialog, {
			orders: shareable,
			opened: sharing,
			onClose: () => setSharing(false)
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Modal, {
			opened: confirming,
			onClose: () => setConfirming(false),
			title: t("postdicomDetail.moveToBinTitle"),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("postdicomDetail.moveToBinBody")
				}),
				remove.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: remove.error }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					justify: "flex-end",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						variant: "default",
						onClick: () => setConfirming(false),
						children: t("postdicomDetail.keep")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
						color: "red.9",
						loading: remove.isPending,
						onClick: () => void moveToBin(),
						"data-testid": "confirm-bin",
						children: t("postdicomDetail.moveToBin")
					})]
				})
			] })
		})
	] });
}
// src/features/orders/detail/PostDicomOrderDetailPage.tsx
/** Properties shown first, in this order; any other property the vendor sends follows. */
var firstKeys = [
	"PatientName",
	"PatientId",
	"OtherPatientId",
	"PatientBirthDate",
	"PatientSex",
	"OrderModality",
	"AccessionNumber",
	"StudyDescription",
	"OrderDate",
	"OrderTime",
	"InstitutionName"
];
function show(value) {
	if (value === null || value === void 0 || value === "") return "—";
	if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
	if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join("; ");
	return String(value);
}
/** `/orders/postdicom/:orderId?institution=<uuid>`: every property of the order, and what can be done with it. */
function PostDicomOrderDetailPage() {
	const { t } = useTranslation("orders");
	const { orderId = "" } = useParams();
	const [params] = useSearchParams();
	const institution = params.get("institution") ?? "";
	const account = usePostDicomAccount();
	const userUuid = account.data?.UserList[0]?.UserUuid;
	const ref = {
		userUuid: userUuid ?? "",
		patientOrderInstitutionUuid: institution,
		patientOrderUuid: orderId
	};
	const properties = usePostDicomPatientOrderProperties(ref, { queryConfig: { enabled: Boolean(userUuid && institution) } });
	const accession = properties.data?.AccessionNumber;
	const title = t("postdicomDetail.title", { id: accession || orderId });
	useDocumentTitle(title);
	if (account.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: account.error,
		onRetry: () => void account.refetch()
	});
	if (!institution) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
		title,
		vendor: "PostDICOM"
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, { children: t("postdicomDetail.noInstitution") })] });
	if (account.isPending || properties.isPending) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PageSkeleton, {});
	if (properties.isError) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
		title,
		vendor: "PostDICOM"
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
		error: properties.error,
		onRetry: () => void properties.refetch()
	})] });
	const p = properties.data;
	const keys = [...firstKeys.filter((k) => k in p), ...Object.keys(p).filter((k) => !firstKeys.includes(k)).sort()];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DetailHeader, {
			title,
			vendor: "PostDICOM"
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
			withBorder: true,
			p: "md",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PropertyRows, { rows: keys.map((key) => [key, show(p[key])]) })
		}),
		userUuid && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomOrderActions, {
			orderRef: {
				...ref,
				userUuid
			},
			properties: properties.data
		})
	] });
}
export { PostDicomOrderDetailPage as default };
