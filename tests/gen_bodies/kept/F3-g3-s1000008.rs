// finding: F3-teardown-in-diverging-arm
// seed: 1000008
// expect `drain` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => item Ok(2) t32 t32. close=Ok
// expect `take 0 mid 1 cancel` => item Ok(2) t32 t32. cancel=Ok
// expect `take 0 mid 1 drop` => item Ok(2) drop droppanic
// expect `take 0 mid 2 close` => item Ok(2) t32 t32. close=Ok
// expect `take 0 mid 2 cancel` => item Ok(2) t32 t32. cancel=Ok
// expect `take 0 mid 2 drop` => item Ok(2) drop droppanic
// expect `take 0 mid 3 close` => item Ok(2) t32 t32. close=Ok
// expect `take 0 mid 3 cancel` => item Ok(2) t32 t32. cancel=Ok
// expect `take 0 mid 3 drop` => item Ok(2) drop droppanic
// expect `take 1 close` => item Ok(2) t32 t32. close=Ok
// expect `take 1 cancel` => item Ok(2) t32 t32. cancel=Ok
// expect `take 1 drop` => item Ok(2) drop droppanic
// expect `take 1 mid 1 close` => item Ok(2) gaveup w9- t8 t8. t32 t32. close=Ok
// expect `take 1 mid 1 cancel` => item Ok(2) gaveup w9x t8 t8. t32 t32. cancel=Ok
// expect `take 1 mid 1 drop` => item Ok(2) gaveup drop droppanic w9x
// expect `take 1 mid 2 close` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. close=Ok
// expect `take 1 mid 2 cancel` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. cancel=Ok
// expect `take 1 mid 2 drop` => item Ok(2) w9- item Ok(11) drop droppanic
// expect `take 1 mid 3 close` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. close=Ok
// expect `take 1 mid 3 cancel` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. cancel=Ok
// expect `take 1 mid 3 drop` => item Ok(2) w9- item Ok(11) drop droppanic
// expect `take 2 close` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. close=Ok
// expect `take 2 cancel` => item Ok(2) w9- item Ok(11) t8 t8. t32 t32. cancel=Ok
// expect `take 2 drop` => item Ok(2) w9- item Ok(11) drop droppanic
// expect `take 2 mid 1 close` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
// expect `take 2 mid 1 drop` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end drop
// expect `take 2 mid 2 close` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
// expect `take 2 mid 2 drop` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end drop
// expect `take 2 mid 3 close` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
// expect `take 2 mid 3 drop` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end drop
// expect `take 8 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
// expect `take 6 mid 5 close` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end close=Ok
// expect `take 3 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
// expect `take 6 mid 6 cancel` => item Ok(2) w9- item Ok(11) s14 t12 w13- t12. t8 t8. t32 t32. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t32");
        ctx.log("t32.");
    }
    if ctx.ch(1, 0b1, 2) {
        yield_!(Ok(2));
    } else {
        yield_!(Ok(3));
    }
    let m4: u32 = match ctx.pick(4, 0, 2) {
        0 => {
            let m5: u32 = match ctx.pick(5, 1, 3) {
                0 => {
                    let b6: u32 = 'l6: {
                        yield_!(Ok(7));
                        46
                    };
                    ctx.log(format!("b6={b6}"));
                    return;
                }
                1 => {
                    teardown! {
                        ctx.log("t8");
                        ctx.log("t8.");
                    }
                    W::new(&ctx, 9, 1).await;
                    let m10: u32 = match ctx.pick(10, 0, 3) {
                        0 => {
                            yield_!(Ok(11));
                            teardown! {
                                ctx.log("t12");
                                W::new(&ctx, 13, 0).await;
                                ctx.log("t12.");
                            }
                            ctx.log("s14");
                            return;
                        }
                        1 => {
                            W::new(&ctx, 15, 3).await;
                            teardown! {
                                ctx.log("t16");
                                W::new(&ctx, 17, 0).await;
                                ctx.log("t16.");
                            }
                            ctx.log("s18");
                            return;
                        }
                        _ => {
                            W::new(&ctx, 19, 2).await;
                            yield_!(Err(20));
                            return;
                        }
                    };
                    ctx.log(format!("m10={m10}"));
                    return;
                    ctx.log("s21");
                    return;
                }
                _ => {
                    let mut c22 = 0;
                    let b22: u32 = loop {
                        c22 += 1;
                        if c22 > 0 { break 37; }
                        teardown! {
                            ctx.log("t23");
                            ctx.log("t23.");
                        }
                        yield_!(Ok(24));
                        teardown! {
                            ctx.log("t25");
                            ctx.log("t25.");
                        }
                        ctx.log("s26");
                    };
                    ctx.log(format!("b22={b22}"));
                    ctx.log("s27");
                    return;
                }
            };
            ctx.log(format!("m5={m5}"));
            W::new(&ctx, 28, 3).await;
            37
        }
        _ => {
            let mut c29 = 0;
            loop {
                c29 += 1;
                if c29 > 2 { break; }
                let Some(v30) = ctx.opt(30, 0b1, 2) else {
                    W::new(&ctx, 31, 2).await;
                    return;
                };
                ctx.log(format!("L{v30}"));
            }
            return;
        }
    };
    ctx.log(format!("m4={m4}"));
}
